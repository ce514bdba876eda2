"""`sverka align` and alignment on import: counts by kind, --show, edits, JSON, errors."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from support.pair import write_pair
from sverka.cli.main import main


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    status = main(list(argv))
    out, err = capsys.readouterr()
    return status, out, err


def test_import_aligns_and_align_reports_kinds(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = str(tmp_path / "p.sverka")
    assert run(capsys, "init", target)[0] == 0
    status, out, _err = run(capsys, "import", target, *map(str, write_pair(tmp_path / "in")))
    assert status == 0 and "aligned 1 translations" in out

    status, out, _err = run(capsys, "align", target, "--json")
    assert status == 0
    summary = json.loads(out)
    assert summary["kinds"] == {"1-1": 4, "2-1": 1} and summary["translations"] == 1

    status, out, _err = run(capsys, "align", target, "--article", "1")
    assert status == 0 and "5 rows (1-1 4, 2-1 1)" in out

    status, out, _err = run(capsys, "align", target, "--article", "1", "--show")
    assert status == 0 and "2-1  auto" in out and "< 5 января" in out and "> On January 5" in out

    status, out, _err = run(capsys, "align", target, "--article", "1", "--show", "--json")
    shown = json.loads(out)
    assert [r["kind"] for r in shown] == ["1-1", "2-1", "1-1", "1-1", "1-1"]
    assert shown[1]["target"].startswith("On January 5")


def test_edits_from_the_command_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = str(tmp_path / "p.sverka")
    run(capsys, "init", target)
    run(capsys, "import", target, "--no-align", *map(str, write_pair(tmp_path / "in")))

    status, out, _err = run(capsys, "align", target, "--relink", "1", "3:4", "2:2", "--annotator", "ana")
    assert status == 0 and out.startswith("relink rows")
    status, out, _err = run(capsys, "align", target, "--article", "1", "--show", "--json")
    rows = {(r["src_from"], r["src_to"], r["tgt_from"], r["tgt_to"]): r["origin"] for r in json.loads(out)}
    assert rows[(3, 4, 2, 2)] == "manual"

    # A re-run keeps the manual row.
    status, out, _err = run(capsys, "align", target)
    assert status == 0 and "1 manual rows kept" in out

    status, out, _err = run(capsys, "align", target, "--article", "1", "--merge", "1", "--json")
    assert status == 0
    merged = json.loads(out)
    assert merged["changed"] and merged["rows"][0]["origin"] == "manual" and merged["rows"][0]["kind"] == "3-2"
    status, out, _err = run(capsys, "align", target, "--article", "1", "--split", "1")
    assert status == 0 and out.startswith("split row")


def test_usage_and_lookup_errors(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = str(tmp_path / "p.sverka")
    run(capsys, "init", target)
    run(capsys, "import", target, *map(str, write_pair(tmp_path / "in")))
    status, _out, err = run(capsys, "align", target, "--show")
    assert status == 2 and "--article" in err
    status, _out, err = run(capsys, "align", target, "--article", "zzz")
    assert status == 1 and "no article" in err
    status, _out, err = run(capsys, "align", target, "--relink", "1", "0:99", "0:1")
    assert status == 1 and "outside" in err and "Traceback" not in err
    status, _out, err = run(capsys, "align", target, "--relink", "1", "0-1", "0:1")
    assert status == 2 and "FROM:TO" in err
    status, _out, err = run(capsys, "align", target, "--article", "1", "--merge", "42")
    assert status == 1 and "no stored row 42" in err


def test_a_translation_added_to_a_known_article_is_aligned(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = str(tmp_path / "p.sverka")
    run(capsys, "init", target)
    ru, _en = write_pair(tmp_path / "in")
    # A second translation of the same original arrives later: the importer adds just that text.
    (tmp_path / "in" / "news.de.txt").write_text(
        "Proteste in Almaty\n\nAm 5. Januar protestierten viele Menschen in Almaty gegen steigende Gaspreise.\n",
        encoding="utf-8",
    )
    run(capsys, "import", target, str(ru), str(_en))
    de = str(tmp_path / "in/news.de.txt")
    status, out, _err = run(capsys, "import", target, "--original-lang", "ru", str(ru), de)
    # The article is realigned as a whole: its English rows come out the same, the German ones are new.
    assert status == 0 and "imported 0 articles" in out and "aligned 2 translations" in out
    status, out, _err = run(capsys, "align", target, "--article", "1", "--lang", "de", "--show", "--json")
    assert status == 0 and {r["origin"] for r in json.loads(out)} == {"auto"}
