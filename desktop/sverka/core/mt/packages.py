"""Installed Argos translation models: list, install (file or package index), remove.

Models live in :func:`sverka.paths.models_dir`, one folder per package, exactly as
argostranslate lays them out, so a folder can be shared with it. This module does not
import argostranslate: its package module writes into the real home folder on import
and retries every download for about a minute when offline. Sverka reads the same index
JSON itself, once, with short timeouts, and says in one line that the network is missing.
"""

from __future__ import annotations

import json
import os
import shutil
import socket
import tempfile
import threading
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from sverka.core.mt.archive import (
    INSTALLING_PREFIX,
    REMOVING_PREFIX,
    ArchiveError,
    PackageMeta,
    install_archive,
    parse_metadata,
    valid_name,
)
from sverka.progress import CancelToken, Progress, no_progress

INDEX_URL = "https://raw.githubusercontent.com/argosopentech/argospm-index/main/index.json"
INDEX_ENV = "SVERKA_ARGOS_INDEX"  # tests point it at a loopback port; mirrors too
CONNECT_TIMEOUT = 5.0
MAX_DOWNLOAD_BYTES = 1024**3


class ModelError(Exception):
    """A model operation that failed for a reason the user can act on (one line)."""


class OfflineError(ModelError):
    """The package index or a download could not be reached."""


@dataclass(frozen=True)
class InstalledModel:
    """One installed package folder."""

    name: str
    from_code: str
    to_code: str
    version: str
    path: Path
    from_name: str = ""
    to_name: str = ""
    target_prefix: str = ""

    @property
    def model_id(self) -> str:
        """The id recorded on machine texts: ``argos/translate-ru_en@1.9``."""
        return f"argos/{self.name}@{self.version}"

    def to_json(self) -> dict[str, Any]:
        """A JSON-ready dict (for ``sverka models list --json``)."""
        data = asdict(self)
        data["path"] = str(self.path)
        data["model_id"] = self.model_id
        return data

    @classmethod
    def from_meta(cls, meta: PackageMeta, path: Path) -> InstalledModel:
        return cls(
            name=meta.name,
            from_code=meta.from_code,
            to_code=meta.to_code,
            version=meta.package_version,
            path=path,
            from_name=meta.from_name,
            to_name=meta.to_name,
            target_prefix=meta.target_prefix,
        )


def _default_dir(models_dir: Path | None) -> Path:
    if models_dir is not None:
        return models_dir
    from sverka.paths import models_dir as default

    return default()


def installed_models(models_dir: Path | None = None) -> list[InstalledModel]:
    """Every usable package in the models folder, sorted by name.

    Folders that are half-written (hidden staging folders), have names Sverka would not
    install (control characters …) or lack valid metadata are skipped rather than failing
    the whole list; metadata text is cleaned for the terminal (see ``parse_metadata``).
    """
    root = _default_dir(models_dir)
    found: list[InstalledModel] = []
    if not root.is_dir():
        return found
    for folder in sorted(root.iterdir()):
        if not valid_name(folder.name) or not folder.is_dir():
            continue
        try:
            data = json.loads((folder / "metadata.json").read_text(encoding="utf-8"))
            meta = parse_metadata(data, folder.name, str(folder))
        except (OSError, ValueError, RecursionError):
            continue
        if (folder / "model" / "model.bin").is_file() and (folder / "sentencepiece.model").is_file():
            found.append(InstalledModel.from_meta(meta, folder))
    return found


def find_model(name: str, models_dir: Path | None = None) -> InstalledModel:
    """The installed package called ``name``; raises :class:`ModelError` if absent."""
    for model in installed_models(models_dir):
        if model.name == name:
            return model
    raise ModelError(f"{name}: no such model installed (see `sverka models list`)")


def install_file(path: Path, *, replace: bool = False, models_dir: Path | None = None) -> InstalledModel:
    """Install a local ``.argosmodel`` file (the offline path); raises :class:`ModelError`."""
    try:
        meta, folder = install_archive(Path(path), _default_dir(models_dir), replace=replace)
    except ArchiveError as exc:
        raise ModelError(str(exc)) from exc
    return InstalledModel.from_meta(meta, folder)


def remove_model(name: str, models_dir: Path | None = None) -> InstalledModel:
    """Delete an installed package; the folder vanishes atomically from listings."""
    root = _default_dir(models_dir)
    if "/" in name or "\\" in name or name.startswith("."):
        raise ModelError(f"{name}: not a model name")
    model = find_model(name, root)
    trash = Path(tempfile.mkdtemp(prefix=REMOVING_PREFIX, dir=root))
    model.path.rename(trash / name)
    shutil.rmtree(trash, ignore_errors=True)
    return model


def clean_leftovers(models_dir: Path | None = None) -> None:
    """Delete staging folders a killed install or removal left behind."""
    root = _default_dir(models_dir)
    for leftover in root.glob(".*"):
        if not leftover.name.startswith((INSTALLING_PREFIX, REMOVING_PREFIX)):
            continue
        if leftover.is_dir():
            shutil.rmtree(leftover, ignore_errors=True)
        else:
            leftover.unlink(missing_ok=True)


# --- the online package index -------------------------------------------------------------


def index_url() -> str:
    """The Argos package index URL (``$SVERKA_ARGOS_INDEX`` overrides it)."""
    return os.environ.get(INDEX_ENV) or INDEX_URL


def _resolve_quickly(host: str, port: int, timeout: float) -> None:
    """Fail fast when DNS is unreachable: ``urlopen``'s timeout does not cover lookups."""
    outcome: list[BaseException | None] = []

    def lookup() -> None:
        try:
            socket.getaddrinfo(host, port)
            outcome.append(None)
        except OSError as exc:
            outcome.append(exc)

    worker = threading.Thread(target=lookup, daemon=True)
    worker.start()
    worker.join(timeout)
    if not outcome or outcome[0] is not None:
        raise OfflineError(f"cannot reach {host} (no network?)")


def _open(url: str, timeout: float) -> Any:
    parts = urllib.parse.urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise ModelError(f"{url}: only http(s) URLs can be downloaded")
    _resolve_quickly(parts.hostname, parts.port or (443 if parts.scheme == "https" else 80), timeout)
    request = urllib.request.Request(url, headers={"User-Agent": "Sverka"})
    try:
        return urllib.request.urlopen(request, timeout=timeout)  # one attempt, no retries
    except (urllib.error.URLError, OSError) as exc:
        reason = getattr(exc, "reason", exc)
        raise OfflineError(f"cannot reach {parts.hostname} ({reason})") from exc


def fetch_index(url: str | None = None, timeout: float = CONNECT_TIMEOUT) -> list[dict[str, Any]]:
    """The package index: a list of metadata dicts with ``links``."""
    url = url or index_url()
    hint = "; offline, install a downloaded .argosmodel with `sverka models install FILE`"
    try:
        with _open(url, timeout) as response:
            data = json.loads(response.read(16 * 1024**2).decode("utf-8"))
    except OfflineError as exc:
        raise OfflineError(f"Argos package index unavailable: {exc}{hint}") from exc
    except (OSError, ValueError) as exc:
        raise OfflineError(f"Argos package index unavailable: {exc}{hint}") from exc
    if not isinstance(data, list):
        raise ModelError(f"{url}: the package index is not a list")
    return [item for item in data if isinstance(item, dict)]


def _download(links: Sequence[str], dest: Path, timeout: float, progress: Progress, cancel: CancelToken) -> None:
    errors: list[str] = []
    for link in links:
        try:
            with _open(link, timeout) as response, open(dest, "wb") as out:
                total = int(response.headers.get("Content-Length") or 0)
                done = 0
                while chunk := response.read(1024**2):
                    cancel.raise_if_cancelled()
                    done += len(chunk)
                    if done > MAX_DOWNLOAD_BYTES:
                        raise ModelError(f"{link}: download larger than {MAX_DOWNLOAD_BYTES // 1024**2} MB")
                    out.write(chunk)
                    progress(done, total, "downloading")
            return
        except OfflineError as exc:
            errors.append(str(exc))
        except OSError as exc:
            errors.append(f"{link}: {exc}")
    raise OfflineError("download failed: " + ("; ".join(errors) or "the index lists no link"))


def install_from_index(
    from_code: str,
    to_code: str,
    *,
    models_dir: Path | None = None,
    replace: bool = False,
    url: str | None = None,
    timeout: float = CONNECT_TIMEOUT,
    progress: Progress = no_progress,
    cancel: CancelToken | None = None,
) -> InstalledModel:
    """Download and install the index's ``from_code``→``to_code`` package (online only)."""
    cancel = cancel or CancelToken()
    candidates = [
        item
        for item in fetch_index(url, timeout)
        if item.get("from_code") == from_code
        and item.get("to_code") == to_code
        and item.get("type", "translate") == "translate"
    ]
    if not candidates:
        raise ModelError(f"{from_code}→{to_code}: no such model in the Argos package index")
    links = [link for link in candidates[0].get("links", []) if isinstance(link, str)]
    root = _default_dir(models_dir)
    fd, name = tempfile.mkstemp(prefix=INSTALLING_PREFIX, suffix=".argosmodel", dir=root)
    os.close(fd)
    download = Path(name)
    try:
        _download(links, download, timeout, progress, cancel)
        return install_file(download, replace=replace, models_dir=root)
    finally:
        download.unlink(missing_ok=True)
