"""``sverka translate``: output, JSON, progress on stderr, exit codes, one-line errors."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from support.tiny_argos import TinyPackages
from sverka.cli import main as cli

RU = (
    "date 2022-01-05 Режим ЧП\n"
    "Президент принял отставку правительства. Введен режим чрезвычайного положения.\n\n"
    "Интернет в стране отключен почти полностью.\n"
)


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    try:
        status = cli.main(list(argv))
    except SystemExit as exc:  # argparse usage errors
        status = int(exc.code or 0)
    out, err = capsys.readouterr()
    return status, out, err


@pytest.fixture
def project_with_ru(project_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    source = tmp_path / "emergency.ru.txt"
    source.write_text(RU, encoding="utf-8")
    assert run(capsys, "import", str(project_path), str(source))[0] == 0
    return project_path


def test_missing_model_exits_1_naming_pair_and_install(
    project_with_ru: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    status, out, err = run(capsys, "translate", str(project_with_ru))
    assert status == 1
    assert "ru→en" in err and "sverka models install FILE" in err and "Traceback" not in err
    assert out.startswith("translated 0 articles")


def test_usage_errors_exit_2(project_with_ru: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(capsys, "translate")[0] == 2
    assert run(capsys, "translate", str(project_with_ru), "--beam", "0")[0] == 2
    status, _, err = run(capsys, "translate", str(project_with_ru), "--article", "zzzz")
    assert status == 1 and "no article 'zzzz'" in err


@pytest.mark.slow
def test_install_then_translate(
    tiny_argos: TinyPackages, project_with_ru: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(capsys, "models", "install", str(tiny_argos.ru_en))[0] == 0
    status, out, err = run(capsys, "translate", str(project_with_ru), "--beam", "1", "--json")
    assert status == 0, err
    data = json.loads(out)
    assert data["articles"] == 1 and data["sentences"] == 4 and data["models"] == ["argos/translate-ru_en@1.0"]
    assert "translating ru→en 4/4" in err  # progress goes to stderr, data to stdout

    status, out, _ = run(capsys, "translate", str(project_with_ru))
    assert status == 0 and out.startswith("translated 0 articles into en: 0 sentences")

    status, out, _ = run(capsys, "export", str(project_with_ru), "--format", "jsonl")
    records = [json.loads(line) for line in out.splitlines()]
    assert status == 0 and len(records) == 4
    assert {r["translation_origin"] for r in records} == {"machine"}
    assert {r["translation_model"] for r in records} == {"argos/translate-ru_en@1.0"}
    assert all(r["translation"] for r in records)


def test_model_not_installed_is_one_line(project_with_ru: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status, _, err = run(capsys, "translate", str(project_with_ru), "--model", "argos/translate-ru_en@9")
    assert status == 1 and "the chosen model argos/translate-ru_en@9 is not installed" in err
    assert "Traceback" not in err


@pytest.mark.slow
def test_model_option_picks_the_package(
    tiny_argos: TinyPackages, project_with_ru: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(capsys, "models", "install", str(tiny_argos.ru_en))[0] == 0
    status, out, err = run(capsys, "translate", str(project_with_ru), "--model", "argos/translate-ru_en@1.0", "--json")
    assert status == 0, err
    assert json.loads(out)["models"] == ["argos/translate-ru_en@1.0"]
