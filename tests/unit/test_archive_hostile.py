"""Model archives that try to fill the disk or the terminal (issue 13 rows 8 and 14)."""

from __future__ import annotations

import json
import random
import zipfile
from pathlib import Path

import pytest

from sverka.core.mt import archive
from sverka.core.mt.archive import ArchiveError, clean_text, install_archive, parse_metadata, valid_name

META = {"type": "translate", "from_code": "ru", "to_code": "en", "package_version": "1.0"}


def _zip(path: Path, members: dict[str, bytes]) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in members.items():
            zf.writestr(name, data)
    return path


def _package(**extra: bytes) -> dict[str, bytes]:
    top = "translate-ru_en"
    members = {
        f"{top}/metadata.json": json.dumps(META).encode(),
        f"{top}/model/model.bin": b"\0" * 16,
        f"{top}/sentencepiece.model": b"x",
    }
    members.update({f"{top}/{name}": data for name, data in extra.items()})
    return members


def _refused(path: Path, models: Path, expected: str) -> None:
    with pytest.raises(ArchiveError, match=expected):
        install_archive(path, models)
    assert not models.exists() or list(models.iterdir()) == []


def test_one_member_with_a_bomb_ratio(tmp_path: Path) -> None:
    bomb = _zip(tmp_path / "bomb.argosmodel", _package(**{"model/model.bin": b"\0" * (8 * 1024**2)}))
    _refused(bomb, tmp_path / "models", "member 'translate-ru_en/model/model.bin' unpacks to .* times")


def test_many_small_members_whose_sum_is_a_bomb(tmp_path: Path) -> None:
    # Each member sits at the floor below which single members are not judged.
    parts = {f"model/part{i}": b"\0" * archive.RATIO_FLOOR for i in range(40)}
    bomb = _zip(tmp_path / "parts.argosmodel", _package(**parts))
    _refused(bomb, tmp_path / "models", "the archive unpacks to .* times")


def test_the_ratio_is_counted_again_while_unpacking(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # As if the headers had passed the check before unpacking: the bytes written still count.
    bomb = _zip(tmp_path / "bomb.argosmodel", _package(**{"model/model.bin": b"\0" * (8 * 1024**2)}))
    monkeypatch.setattr(archive, "inspect_archive", lambda path, **_: parse_metadata(META, "translate-ru_en", "x"))
    _refused(bomb, tmp_path / "models", "the archive unpacks to .* times")


def test_real_looking_packages_pass_the_ratio(tmp_path: Path) -> None:
    # Random bytes (weights) do not compress; a vocabulary compresses a few times.
    weights = random.Random(0).randbytes(2 * 1024**2)
    vocab = "\n".join(f"▁word{i}\t-{i}.5" for i in range(200_000)).encode()
    package = _zip(tmp_path / "ok.argosmodel", _package(**{"model/model.bin": weights, "vocab.txt": vocab}))
    archive.inspect_archive(package)


def test_metadata_text_is_cleaned_for_the_terminal() -> None:
    meta = parse_metadata(
        {**META, "package_version": "1.0\x1b[31m\u202e", "from_name": "\ud800Russian\x07", "to_name": ["x"] * 3},
        "translate-ru_en",
        "here",
    )
    assert (meta.package_version, meta.from_name, meta.to_name) == ("1.0[31m", "\ufffdRussian", "")
    assert clean_text("\x1b\x9b\u200b") == "" and clean_text(42) == ""
    with pytest.raises(ArchiveError, match="package_version"):
        parse_metadata({**META, "package_version": "\x1b\x1b"}, "n", "here")


def test_folder_names_that_are_listed() -> None:
    assert valid_name("translate-ru_en") and valid_name("translate-kk_ru-1.9")
    assert not valid_name(".installing-x") and not valid_name("evil\x1b[31m") and not valid_name("a/b")
