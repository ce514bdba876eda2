"""``sverka models install|list|remove``: output, JSON, exit codes, one-line errors."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from support.tiny_argos import TinyPackages
from sverka.cli import main as cli


@pytest.fixture(autouse=True)
def _only_mt_commands(monkeypatch: pytest.MonkeyPatch) -> None:
    # These tests are about this module; other front ends need not import to run them.
    monkeypatch.setattr(cli, "COMMAND_MODULES", ["sverka.cli.mt"])


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    try:
        status = cli.main(list(argv))
    except SystemExit as exc:  # argparse usage errors
        status = int(exc.code or 0)
    out, err = capsys.readouterr()
    return status, out, err


@pytest.mark.slow
def test_install_list_remove(tiny_argos: TinyPackages, capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(capsys, "models", "install", str(tiny_argos.ru_en))
    assert status == 0 and "installed translate-ru_en (ru→en, version 1.0)" in out

    status, _, err = run(capsys, "models", "install", str(tiny_argos.ru_en))
    assert status == 1 and err.count("\n") == 1 and "already installed" in err

    status, out, _ = run(capsys, "models", "list")
    assert status == 0 and out.startswith("translate-ru_en  ru→en")

    status, out, _ = run(capsys, "models", "list", "--json")
    data = json.loads(out)
    assert [d["name"] for d in data] == ["translate-ru_en"]
    assert data[0]["model_id"] == "argos/translate-ru_en@1.0"

    status, out, _ = run(capsys, "models", "remove", "translate-ru_en")
    assert status == 0 and "removed translate-ru_en" in out
    status, _, err = run(capsys, "models", "remove", "translate-ru_en")
    assert status == 1 and "no such model" in err


def test_bad_file_is_one_line_naming_it(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "junk.argosmodel"
    bad.write_text("junk")
    status, _, err = run(capsys, "models", "install", str(bad))
    assert status == 1
    assert err == f"sverka: {bad}: not an Argos model (not a zip archive)\n"


def test_usage_errors_exit_2(capsys: pytest.CaptureFixture[str]) -> None:
    assert run(capsys, "models", "install")[0] == 2
    assert run(capsys, "models", "install", "x.argosmodel", "--from", "ru")[0] == 2
    assert run(capsys, "models")[0] == 2


def test_empty_list(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, err = run(capsys, "models", "list", "--json")
    assert status == 0 and json.loads(out) == []
    status, out, err = run(capsys, "models", "list")
    assert status == 0 and out == "" and "no models installed" in err


def test_offline_install_from_index(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("SVERKA_ARGOS_INDEX", "http://127.0.0.1:9/index.json")
    status, _, err = run(capsys, "models", "install", "--from", "ru", "--to", "en")
    assert status == 1 and err.count("\n") == 1
    assert "package index unavailable" in err
