"""`sverka stats` counts people's labels only: the gold (adjudicated) labels are counted apart."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from sverka.cli.main import main


def test_stats_leave_gold_out_of_the_team_counts(
    tmp_path: Path, seeds: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "p.sverka"
    assert main(["init", str(path)]) == 0
    assert main(["import", str(path), str(seeds), "--no-align", "--no-names"]) == 0
    assert main(["export", str(path), "--format", "jsonl", "-o", str(tmp_path / "all.jsonl")]) == 0
    first = json.loads((tmp_path / "all.jsonl").read_text("utf-8").splitlines()[0])["sentence_id"]
    lines = [{"sentence_id": first, "label": name, "annotator": "ana"} for name in ("protest", "violence")]
    monkeypatch.setattr("sys.stdin", io.StringIO("".join(json.dumps(x) + "\n" for x in lines)))
    assert main(["tag", str(path)]) == 0
    monkeypatch.setattr("sys.stdin", io.StringIO(json.dumps({"sentence_id": first, "label": "casualties"}) + "\n"))
    assert main(["adjudicate", str(path)]) == 0
    capsys.readouterr()
    assert main(["stats", str(path), "--json"]) == 0
    stats = json.loads(capsys.readouterr().out)
    assert stats["annotations"] == 2 and stats["labeled_sentences"] == 1
    assert stats["labels"] == {"protest": 1, "violence": 1}  # no "casualties": that was gold
    assert stats["annotators"] == ["ana"]
    assert stats["annotations_by_kind"] == {"person": 2, "gold": 1}
    assert main(["stats", str(path)]) == 0
    out = capsys.readouterr().out
    assert "1 sentences, 2 annotations" in out and "not counted: 1 gold" in out
