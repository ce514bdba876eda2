"""Hostile and malformed .argosmodel archives are refused before anything is unpacked."""

from __future__ import annotations

import json
import stat
import zipfile
from pathlib import Path

import pytest

from sverka.core.mt.archive import ArchiveError, inspect_archive, install_archive
from sverka.core.mt.packages import ModelError, install_file

META = {"from_code": "ru", "to_code": "en", "package_version": "1.0", "type": "translate"}


def _zip(path: Path, members: list[tuple[str, bytes, int]]) -> Path:
    """Write a zip whose members are (name, data, unix mode); mode 0 means plain file."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data, mode in members:
            info = zipfile.ZipInfo(name)
            if mode:
                info.external_attr = mode << 16
            info.compress_type = zipfile.ZIP_DEFLATED
            zf.writestr(info, data)
    return path


def _package(top: str = "translate-ru_en", meta: object = META) -> list[tuple[str, bytes, int]]:
    return [
        (f"{top}/metadata.json", json.dumps(meta).encode(), 0),
        (f"{top}/model/model.bin", b"\0" * 16, 0),
        (f"{top}/sentencepiece.model", b"not really", 0),
    ]


def _refused(path: Path, models: Path, expect: str, max_bytes: int = 10**9, max_members: int = 2000) -> str:
    with pytest.raises(ArchiveError) as info:
        install_archive(path, models, max_bytes=max_bytes, max_members=max_members)
    message = str(info.value)
    assert str(path) in message and expect in message
    assert "\n" not in message
    # nothing left behind, not even a hidden staging folder
    assert not models.exists() or list(models.iterdir()) == []
    return message


@pytest.mark.parametrize(
    ("name", "expect"),
    [
        ("../evil.txt", "outside"),
        ("translate-ru_en/../../evil.txt", "outside"),
        ("/etc/cron.d/evil", "absolute"),
        ("C:/Windows/evil.dll", "absolute"),
        ("translate-ru_en\\..\\evil", "absolute or Windows"),
    ],
)
def test_paths_escaping_the_folder_are_refused(tmp_path: Path, name: str, expect: str) -> None:
    archive = _zip(tmp_path / "bad.argosmodel", [*_package(), (name, b"x", 0)])
    _refused(archive, tmp_path / "models", expect)


def test_symlinks_are_refused(tmp_path: Path) -> None:
    link = ("translate-ru_en/model/vocab", b"/etc/passwd", stat.S_IFLNK | 0o777)
    archive = _zip(tmp_path / "link.argosmodel", [*_package(), link])
    _refused(archive, tmp_path / "models", "symbolic link")


def test_device_files_are_refused(tmp_path: Path) -> None:
    fifo = ("translate-ru_en/pipe", b"", stat.S_IFIFO | 0o644)
    archive = _zip(tmp_path / "fifo.argosmodel", [*_package(), fifo])
    _refused(archive, tmp_path / "models", "not a regular file")


def test_zip_bomb_over_the_size_bound_is_refused(tmp_path: Path) -> None:
    # 32 MB of zeros deflate to ~32 KB: the declared size trips the bound before unpacking.
    bomb = ("translate-ru_en/model/model.bin", b"\0" * (32 * 1024**2), 0)
    archive = _zip(tmp_path / "bomb.argosmodel", [*_package()[:1], bomb, _package()[2]])
    assert archive.stat().st_size < 1024**2
    _refused(archive, tmp_path / "models", "more than 8 MB", max_bytes=8 * 1024**2)


def test_too_many_members_are_refused(tmp_path: Path) -> None:
    extra = [(f"translate-ru_en/junk/{i}", b"", 0) for i in range(50)]
    archive = _zip(tmp_path / "many.argosmodel", [*_package(), *extra])
    _refused(archive, tmp_path / "models", "more than the allowed 20", max_members=20)


@pytest.mark.parametrize(
    ("members", "expect"),
    [
        (_package()[1:], "no metadata.json"),
        ([_package()[0], _package()[2]], "no CTranslate2 model"),
        (_package()[:2], "no sentencepiece.model"),
        (
            [*_package()[:2], ("translate-ru_en/bpe.model", b"", 0)],
            "BPE packages are not supported",
        ),
        ([*_package(), *_package("other")], "one top folder"),
        ([*_package(), ("stray.txt", b"", 0)], "not inside the package folder"),
        ([], "empty"),
        (_package(".hidden"), "not allowed"),
        ([("translate-ru_en/metadata.json", b"{not json", 0), *_package()[1:]], "not valid JSON"),
        (_package(meta=["a list"]), "not a JSON object"),
        (_package(meta={**META, "from_code": None}), "'from_code'"),
        (
            _package(meta={k: v for k, v in META.items() if k != "package_version"}),
            "package_version",
        ),
        (_package(meta={**META, "to_code": "English!"}), "not a language code"),
        (_package(meta={**META, "to_code": "ru"}), "into itself"),
        (_package(meta={**META, "type": "sbd"}), "not a translation model"),
    ],
)
def test_malformed_packages_are_refused(tmp_path: Path, members: list[tuple[str, bytes, int]], expect: str) -> None:
    archive = _zip(tmp_path / "bad.argosmodel", members)
    _refused(archive, tmp_path / "models", expect)


def test_not_a_zip_and_missing_file(tmp_path: Path) -> None:
    text = tmp_path / "notes.argosmodel"
    text.write_text("hello")
    _refused(text, tmp_path / "models", "not a zip archive")
    _refused(tmp_path / "absent.argosmodel", tmp_path / "models", "no such file")


def test_a_tokenizer_that_does_not_load_is_refused_after_unpacking(tmp_path: Path) -> None:
    archive = _zip(tmp_path / "spm.argosmodel", _package())
    assert inspect_archive(archive).name == "translate-ru_en"  # structurally fine
    _refused(archive, tmp_path / "models", "sentencepiece.model cannot be loaded")


def test_package_level_install_reports_model_error(tmp_path: Path) -> None:
    archive = _zip(tmp_path / "bad.argosmodel", [("../x", b"", 0)])
    with pytest.raises(ModelError, match="outside"):
        install_file(archive, models_dir=tmp_path / "models")
