"""Check an Argos ``.argosmodel`` archive, then install it atomically.

An ``.argosmodel`` is a zip of one folder holding ``metadata.json``, a CTranslate2
``model/`` and a ``sentencepiece.model``. Archives come from the web or a colleague's USB
stick, so every member is checked *before* anything is written: no absolute or parent
paths, no links or device files, a bounded member count, unpacked size and compression
ratio (zip bombs: a 1.7 MB zip of zeros unpacks to 1.6 GB), counted again while unpacking.
Metadata is shown to the user, so its text loses control characters (ANSI escapes) and
lone surrogates on the way in.
Installation unpacks into a hidden temporary folder inside the models folder and renames
it into place, so a crash or a bad archive never leaves a half-installed model behind.
"""

from __future__ import annotations

import json
import re
import shutil
import stat
import tempfile
import unicodedata
import zipfile
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import Any

from sverka.paths import shown

# A real Argos model unpacks to 100–400 MB; leave room, refuse anything absurd.
MAX_TOTAL_BYTES = 1024**3
MAX_MEMBERS = 2_000
MAX_METADATA_BYTES = 1024**2
# CTranslate2 weights compress ~1.1x, tokenizers and vocabularies ~2–4x; a run of zeros
# deflates ~1000x. Small members are not judged: their ratio says nothing and costs nothing.
MAX_RATIO = 100
RATIO_FLOOR = 1024**2
_CHUNK = 1024**2

# Folder names become paths and CLI arguments: keep them boring.
_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._+-]{0,119}$")
# ISO 639-1/3 codes, optionally with a script/region suffix (zh-Hant, pt_BR).
_LANG = re.compile(r"^[a-z]{2,3}([-_][A-Za-z0-9]{2,8})?$")
_DRIVE = re.compile(r"^[A-Za-z]:")

INSTALLING_PREFIX = ".installing-"
REMOVING_PREFIX = ".removing-"


class ArchiveError(ValueError):
    """An archive that must not be installed; the message names the file and the problem."""


def clean_text(value: object) -> str:
    """Metadata text fit for a terminal: controls and format characters (ANSI escapes,
    bidi overrides) dropped, lone surrogates replaced; anything not a string is empty."""
    if not isinstance(value, str):
        return ""
    kept = ("\ufffd" if 0xD800 <= ord(ch) <= 0xDFFF else ch for ch in value)
    return "".join(ch for ch in kept if unicodedata.category(ch) not in ("Cc", "Cf")).strip()


def valid_name(name: str) -> bool:
    """A package folder name Sverka installs (and lists): plain ASCII, no leading dot."""
    return bool(_NAME.match(name))


def _check_ratio(unpacked: int, packed: int, what: str, where: str) -> None:
    if unpacked > RATIO_FLOOR and unpacked > MAX_RATIO * max(packed, 1):
        raise ArchiveError(
            f"{where}: {what} unpacks to {unpacked // max(packed, 1)} times its packed size "
            f"(more than {MAX_RATIO}; a zip bomb?); refusing"
        )


@dataclass(frozen=True)
class PackageMeta:
    """What an archive's ``metadata.json`` says, plus its top folder name."""

    name: str
    from_code: str
    to_code: str
    package_version: str
    from_name: str = ""
    to_name: str = ""
    target_prefix: str = ""
    raw: dict[str, Any] = field(default_factory=dict, compare=False, repr=False)


def parse_metadata(data: Any, name: str, where: str) -> PackageMeta:
    """Validate a decoded ``metadata.json``; ``where`` prefixes error messages."""
    if not isinstance(data, dict):
        raise ArchiveError(f"{where}: metadata.json is not a JSON object")
    kind = data.get("type", "translate")
    if kind != "translate":
        raise ArchiveError(f"{where}: package type {kind!r} is not a translation model")
    fields: dict[str, str] = {}
    for key in ("from_code", "to_code", "package_version"):
        value = clean_text(data.get(key))
        if not value:
            raise ArchiveError(f"{where}: metadata.json lacks a valid {key!r}")
        fields[key] = value
    for key in ("from_code", "to_code"):
        if not _LANG.match(fields[key]):
            raise ArchiveError(f"{where}: metadata.json {key} {fields[key]!r} is not a language code")
    if fields["from_code"] == fields["to_code"]:
        raise ArchiveError(f"{where}: metadata.json translates {fields['from_code']!r} into itself")
    if len(fields["package_version"]) > 40:
        raise ArchiveError(f"{where}: metadata.json package_version is too long")
    return PackageMeta(
        name=name,
        from_code=fields["from_code"],
        to_code=fields["to_code"],
        package_version=fields["package_version"],
        from_name=clean_text(data.get("from_name")),
        to_name=clean_text(data.get("to_name")),
        target_prefix=clean_text(data.get("target_prefix")),
        raw=data,
    )


def _member_path(info: zipfile.ZipInfo, where: str) -> PurePosixPath:
    name = info.filename
    if "\\" in name or name.startswith("/") or _DRIVE.match(name):
        raise ArchiveError(f"{where}: member {name!r} has an absolute or Windows path")
    path = PurePosixPath(name)
    if any(part in ("..", "") for part in path.parts) or not path.parts:
        raise ArchiveError(f"{where}: member {name!r} points outside the archive folder")
    # PurePosixPath drops "." and doubled slashes; the zip does not, so such a name would
    # pass here and be missing under its clean name later.
    if any(part in (".", "") for part in name.rstrip("/").split("/")):
        raise ArchiveError(f"{where}: member {name!r} is not a plain path (it has '.' or '//' in it)")
    mode = info.external_attr >> 16
    kind = stat.S_IFMT(mode)
    if kind == stat.S_IFLNK:
        raise ArchiveError(f"{where}: member {name!r} is a symbolic link")
    if kind not in (0, stat.S_IFREG, stat.S_IFDIR):
        raise ArchiveError(f"{where}: member {name!r} is not a regular file")
    if info.flag_bits & 0x1:
        raise ArchiveError(f"{where}: member {name!r} is encrypted")
    return path


def _check_members(zf: zipfile.ZipFile, where: str, max_bytes: int, max_members: int) -> tuple[str, set[str]]:
    infos = zf.infolist()
    if len(infos) > max_members:
        raise ArchiveError(f"{where}: {len(infos)} members is more than the allowed {max_members}")
    top = ""
    files: set[str] = set()
    total = 0
    for info in infos:
        path = _member_path(info, where)
        if not info.is_dir() and len(path.parts) < 2:
            raise ArchiveError(f"{where}: file {info.filename!r} is not inside the package folder")
        top = top or path.parts[0]
        if path.parts[0] != top:
            raise ArchiveError(f"{where}: expected one top folder, found {top!r} and {path.parts[0]!r}")
        if not info.is_dir():
            rel = PurePosixPath(*path.parts[1:]).as_posix()
            if rel in files:
                raise ArchiveError(f"{where}: member {info.filename!r} appears twice")
            files.add(rel)
        total += info.file_size
        if total > max_bytes:
            raise ArchiveError(f"{where}: unpacks to more than {max_bytes // 1024**2} MB; refusing")
        _check_ratio(info.file_size, info.compress_size, f"member {info.filename!r}", where)
    if not top:
        raise ArchiveError(f"{where}: the archive is empty")
    if not _NAME.match(top):
        raise ArchiveError(f"{where}: package folder name {top!r} is not allowed")
    return top, files


def inspect_archive(path: Path, *, max_bytes: int = MAX_TOTAL_BYTES, max_members: int = MAX_MEMBERS) -> PackageMeta:
    """Check an ``.argosmodel`` without unpacking it; raises :class:`ArchiveError`."""
    where = shown(path)
    if not path.is_file():
        raise ArchiveError(f"{where}: no such file")
    if not zipfile.is_zipfile(path):
        raise ArchiveError(f"{where}: not an Argos model (not a zip archive)")
    try:
        with zipfile.ZipFile(path) as zf:
            top, files = _check_members(zf, where, max_bytes, max_members)
            unpacked = sum(info.file_size for info in zf.infolist())
            _check_ratio(unpacked, path.stat().st_size, "the archive", where)
            if "metadata.json" not in files:
                raise ArchiveError(f"{where}: no metadata.json in the package folder")
            if "model/model.bin" not in files:
                raise ArchiveError(f"{where}: no CTranslate2 model (model/model.bin)")
            if "sentencepiece.model" not in files:
                hint = " (BPE packages are not supported)" if "bpe.model" in files else ""
                raise ArchiveError(f"{where}: no sentencepiece.model{hint}")
            info = zf.getinfo(f"{top}/metadata.json")
            if info.file_size > MAX_METADATA_BYTES:
                raise ArchiveError(f"{where}: metadata.json is too large")
            try:
                data = json.loads(zf.read(info).decode("utf-8"))
            except RecursionError as exc:
                raise ArchiveError(f"{where}: metadata.json is not valid JSON (nested too deeply)") from exc
            except ValueError as exc:  # bad UTF-8, bad JSON, an integer over 4,300 digits
                raise ArchiveError(f"{where}: metadata.json is not valid JSON ({str(exc).split(';')[0]})") from exc
    except (zipfile.BadZipFile, OSError, EOFError) as exc:
        raise ArchiveError(f"{where}: damaged archive ({exc})") from exc
    return parse_metadata(data, top, where)


def _extract(zf: zipfile.ZipFile, dest: Path, where: str, max_bytes: int, packed: int) -> None:
    """Unpack into ``dest``, counting real bytes against the size and ratio bounds:
    headers may lie about sizes."""
    written = 0
    for info in zf.infolist():
        target = dest.joinpath(*_member_path(info, where).parts)
        if info.is_dir():
            target.mkdir(parents=True, exist_ok=True)
            continue
        target.parent.mkdir(parents=True, exist_ok=True)
        with zf.open(info) as src, open(target, "wb") as out:
            while chunk := src.read(_CHUNK):
                written += len(chunk)
                if written > max_bytes:
                    raise ArchiveError(f"{where}: unpacks to more than {max_bytes // 1024**2} MB; refusing")
                _check_ratio(written, packed, "the archive", where)
                out.write(chunk)


def _check_tokenizer(model: Path, where: str) -> None:
    try:
        import sentencepiece as spm
    except ImportError:  # the mt extra is absent: the translator will say so later
        return
    try:
        spm.SentencePieceProcessor(model_file=str(model))
    except (OSError, RuntimeError) as exc:
        raise ArchiveError(f"{where}: sentencepiece.model cannot be loaded ({exc})") from exc


def install_archive(
    path: Path,
    models_dir: Path,
    *,
    replace: bool = False,
    max_bytes: int = MAX_TOTAL_BYTES,
    max_members: int = MAX_MEMBERS,
) -> tuple[PackageMeta, Path]:
    """Check and install ``path`` into ``models_dir``; returns its metadata and folder.

    An installed package of the same name is an error unless ``replace`` is set; then it
    is swapped out only after the new one unpacked cleanly.
    """
    where = shown(path)
    meta = inspect_archive(path, max_bytes=max_bytes, max_members=max_members)
    final = models_dir / meta.name
    if final.exists() and not replace:
        raise ArchiveError(f"{where}: model {meta.name!r} is already installed (remove it first or replace it)")
    models_dir.mkdir(parents=True, exist_ok=True)
    # Same folder as the target, so the final rename is atomic on one filesystem.
    staging = Path(tempfile.mkdtemp(prefix=INSTALLING_PREFIX, dir=models_dir))
    try:
        try:
            with zipfile.ZipFile(path) as zf:
                _extract(zf, staging, where, max_bytes, path.stat().st_size)
        except (zipfile.BadZipFile, OSError, EOFError) as exc:
            raise ArchiveError(f"{where}: damaged archive ({exc})") from exc
        unpacked = staging / meta.name
        _check_tokenizer(unpacked / "sentencepiece.model", where)
        old: Path | None = None
        if final.exists():
            old = Path(tempfile.mkdtemp(prefix=REMOVING_PREFIX, dir=models_dir))
            final.rename(old / meta.name)
        unpacked.rename(final)
        if old is not None:
            shutil.rmtree(old, ignore_errors=True)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    return meta, final
