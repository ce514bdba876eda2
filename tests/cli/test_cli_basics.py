"""The CLI's public contract: exit codes, one-line errors, JSON output, tagging, export."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from sverka.cli.main import main


def run(
    capsys: pytest.CaptureFixture[str],
    *argv: str,
    stdin: str | None = None,
    monkeypatch: pytest.MonkeyPatch | None = None,
) -> tuple[int, str, str]:
    if stdin is not None:
        assert monkeypatch is not None
        monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
    status = main(list(argv))
    out, err = capsys.readouterr()
    return status, out, err


def test_help_and_usage_errors(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exc:
        main(["--help"])
    assert exc.value.code == 0
    with pytest.raises(SystemExit) as exc:
        main(["export"])
    assert exc.value.code == 2
    with pytest.raises(SystemExit) as exc:
        main(["no-such-command"])
    assert exc.value.code == 2


def test_init_refuses_to_overwrite(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "p.sverka"
    assert run(capsys, "init", str(target))[0] == 0
    before = target.read_bytes()
    status, _out, err = run(capsys, "init", str(target))
    assert status == 1 and "already exists" in err and "Traceback" not in err
    assert target.read_bytes() == before


def test_import_tag_export_roundtrip(
    tmp_path: Path, seeds: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    target = str(tmp_path / "p.sverka")
    run(capsys, "init", target)
    status, out, _err = run(capsys, "import", target, *map(str, sorted(seeds.glob("*.txt"))))
    assert status == 0 and "imported 2 articles" in out
    # Importing the same files again adds nothing.
    status, out, _err = run(capsys, "import", target, str(seeds))
    assert status == 0 and "imported 0 articles" in out and "2 already" in out

    out_file = tmp_path / "a.jsonl"
    assert run(capsys, "export", target, "--format", "jsonl", "-o", str(out_file))[0] == 0
    records = [json.loads(line) for line in out_file.read_text("utf-8").splitlines()]
    assert records and all(r["lang"] == "en" and r["translation"] is None for r in records)
    first = records[0]["sentence_id"]

    lines = "\n".join(
        [
            json.dumps({"sentence_id": first, "label": "violence", "annotator": "ana"}),
            json.dumps({"sentence_id": first, "label": "brand-new", "annotator": "ana"}),
            json.dumps({"sentence_id": first, "action": "note", "note": "=check", "annotator": "ana"}),
        ]
    )
    status, out, err = run(capsys, "tag", target, stdin=lines, monkeypatch=monkeypatch)
    assert status == 1  # the unknown label line failed…
    assert "stdin:2" in err and "unknown label 'brand-new'" in err
    acks = [json.loads(line) for line in out.splitlines()]
    assert [a["line"] for a in acks] == [1, 3]  # …the others were committed and acknowledged

    csv_file = tmp_path / "a.csv"
    assert run(capsys, "export", target, "--format", "csv", "-o", str(csv_file))[0] == 0
    raw = csv_file.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"))))
    tagged = next(r for r in rows if r["sentence_id"] == first)
    assert tagged["labels"] == "violence"
    assert tagged["notes"] == "'=check"  # neutralized against CSV injection


def test_bad_file_is_reported_and_others_import(
    tmp_path: Path, seeds: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = str(tmp_path / "p.sverka")
    run(capsys, "init", target)
    noise = tmp_path / "noise.txt"
    noise.write_bytes(bytes(range(256)) * 8)
    bad_jsonl = tmp_path / "bad.jsonl"
    bad_jsonl.write_text('{"text": "Fine article."}\n{"text": broken\n', encoding="utf-8")
    status, out, err = run(
        capsys, "import", target, str(noise), str(bad_jsonl), str(seeds / "000_c2ca11ba8a7c6d8d.txt")
    )
    assert status == 1
    lines = err.strip().splitlines()
    assert any("noise.txt" in line for line in lines)
    assert any("bad.jsonl:2" in line and "invalid JSON" in line for line in lines)
    assert "Traceback" not in err
    assert "imported 1 articles" in out  # the good file went in; the bad JSONL added nothing


def test_list_show_stats_json(tmp_path: Path, seeds: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = str(tmp_path / "p.sverka")
    run(capsys, "init", target)
    run(capsys, "import", target, str(seeds))
    status, out, _ = run(capsys, "list", target, "--json")
    articles = json.loads(out)
    assert status == 0 and len(articles) == 2
    status, out, _ = run(capsys, "show", target, articles[0]["id"][:6], "--json")
    assert status == 0 and json.loads(out)["sentences"]
    status, out, _ = run(capsys, "stats", target, "--json")
    assert json.loads(out)["articles"] == 2
    status, _out, err = run(capsys, "show", target, "zzzz")
    assert status == 1 and "no article" in err


def test_not_a_project_is_refused_unchanged(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    other = tmp_path / "notes.txt"
    other.write_text("hello", encoding="utf-8")
    status, _out, err = run(capsys, "list", str(other))
    assert status == 1 and "not a Sverka project" in err
    assert other.read_text(encoding="utf-8") == "hello"
