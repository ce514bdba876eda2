"""`sverka names` on a project: list, detect, curation, check, errors; import and export hooks."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from sverka.cli.main import main


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    try:
        status = main(list(argv))
    except SystemExit as exc:  # argparse usage errors
        status = int(exc.code or 0)
    out, err = capsys.readouterr()
    return status, out, err


@pytest.fixture
def seeded(tmp_path: Path, seeds: Path, capsys: pytest.CaptureFixture[str]) -> str:
    path = str(tmp_path / "p.sverka")
    assert run(capsys, "init", path)[0] == 0
    status, _, err = run(capsys, "import", path, str(seeds))
    assert status == 0, err
    return path


def _entities(capsys: pytest.CaptureFixture[str], path: str, *extra: str) -> list[dict[str, object]]:
    status, out, _ = run(capsys, "names", path, "--json", *extra)
    assert status == 0
    return list(json.loads(out))


def test_import_finds_alma_ata_and_almaty_as_one_entity(seeded: str, capsys: pytest.CaptureFixture[str]) -> None:
    entities = _entities(capsys, seeded)
    almaty = next(e for e in entities if e["canonical"] == "Almaty")
    used = {v["spelling"] for v in almaty["variants"] if v["mentions"]}  # type: ignore[union-attr]
    assert {"Alma-Ata", "Almaty"} <= used
    status, out, _ = run(capsys, "names", seeded)
    assert status == 0 and "Almaty" in out and "Alma-Ata (" in out


def test_curation_round_trip(seeded: str, capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(capsys, "names", "split", seeded, "Almaty", "Alma-Ata", "--annotator", "ana")
    assert status == 0 and "split" in out
    assert any(e["canonical"] == "Alma-Ata" for e in _entities(capsys, seeded))
    assert run(capsys, "names", "merge", seeded, "Almaty", "Alma-Ata")[0] == 0
    assert not any(e["canonical"] == "Alma-Ata" for e in _entities(capsys, seeded))
    assert run(capsys, "names", "rename", seeded, "gaz:almaty", "Almaty (city)")[0] == 0
    assert run(capsys, "names", "style", seeded, "Almaty (city)", "en", "Almaty")[0] == 0
    status, out, _ = run(capsys, "names", "check", seeded, "--originals", "--json")
    assert status == 0 and {i["used"] for i in json.loads(out)} == {"Alma-Ata"}
    assert run(capsys, "names", "not-a-name", seeded, "Almaty (city)")[0] == 0
    assert not any(e["canonical"] == "Almaty (city)" for e in _entities(capsys, seeded))
    assert run(capsys, "names", "not-a-name", seeded, "Almaty (city)", "--off")[0] == 0
    # Detection again keeps every decision.
    status, out, _ = run(capsys, "names", "detect", seeded)
    assert status == 0 and "mentions" in out
    almaty = next(e for e in _entities(capsys, seeded) if e["canonical"] == "Almaty (city)")
    assert "Alma-Ata" in {v["spelling"] for v in almaty["variants"]}  # type: ignore[union-attr]


def test_export_carries_mentions(seeded: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out_file = tmp_path / "out.jsonl"
    assert run(capsys, "export", seeded, "-o", str(out_file), "--normalized")[0] == 0
    records = [json.loads(line) for line in out_file.read_text(encoding="utf-8").splitlines()]
    first = next(r for r in records if "Alma-Ata" in r["text"])
    assert any(m["canonical"] == "Almaty" and m["key"] == "gaz:almaty" for m in first["mentions"])
    assert "Alma-Ata" not in first["text_normalized"] and "Almaty" in first["text_normalized"]
    csv_file = tmp_path / "out.csv"
    assert run(capsys, "export", seeded, "--format", "csv", "-o", str(csv_file))[0] == 0
    assert "mentions" in csv_file.read_text(encoding="utf-8-sig").splitlines()[0]


@pytest.mark.parametrize(
    ("argv", "status", "message"),
    [
        (["names", "merge", "{p}", "Nowhere", "Almaty"], 1, "no entity 'Nowhere'"),
        (["names", "merge", "{p}"], 2, "required"),
        (["names", "no-such-thing"], 2, "neither an action"),
        (["names", "split", "{p}", "Almaty", "Paris"], 1, "no variant"),
        (["names", "rename", "{p}", "Almaty", " "], 1, "must not be empty"),
    ],
)
def test_errors_are_one_line(
    seeded: str, capsys: pytest.CaptureFixture[str], argv: list[str], status: int, message: str
) -> None:
    code, _, err = run(capsys, *[a.replace("{p}", seeded) for a in argv])
    assert code == status
    assert message in err
    assert "Traceback" not in err
