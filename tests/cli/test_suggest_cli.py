"""`sverka suggest` as a user meets it: suggestions as JSON lines, pre-labels, evaluation."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from support.cli_process import sverka
from support.suggest_corpus import labeled_project
from sverka.cli import suggest as suggest_cli
from sverka.cli.main import main

pytest.importorskip("sklearn")


@pytest.fixture(scope="module")
def path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return labeled_project(tmp_path_factory.mktemp("cli"))[0]


def test_suggestions_as_json_lines_best_first(path: Path) -> None:
    done = sverka("suggest", str(path), "--json")
    assert done.returncode == 0, done.stderr
    lines = [json.loads(line) for line in done.stdout.splitlines()]
    assert len(lines) >= 20
    for line in lines:
        assert set(line) == {"sentence_id", "suggestions"}
        confidences = [s["confidence"] for s in line["suggestions"]]
        assert confidences == sorted(confidences, reverse=True) and min(confidences) >= 0.5
        assert {s["label"] for s in line["suggestions"]} <= {"violence", "economic grievance"}
    assert "suggests violence (" in done.stderr and "waiting for 10 sentences with and without" in done.stderr

    only = sverka("suggest", str(path), "--json", "--label", "violence", "--min-confidence", "0.6")
    picked = [json.loads(line) for line in only.stdout.splitlines()]
    assert picked and all(s["label"] == "violence" and s["confidence"] >= 0.6 for x in picked for s in x["suggestions"])
    assert len(picked) < len(lines)


def test_apply_writes_a_model_annotator_that_agreement_leaves_out(path: Path, tmp_path: Path) -> None:
    copy = tmp_path / "copy.sverka"
    copy.write_bytes(path.read_bytes())
    done = sverka("suggest", str(copy), "--apply", "--annotator", "model-v1", "--json")
    assert done.returncode == 0, done.stderr
    summary = json.loads(done.stdout)
    assert summary["annotator"] == "model-v1" and summary["labels"] >= 20 and summary["event_id"]
    exported = sverka("export", str(copy), "--format", "jsonl", "-o", str(tmp_path / "out.jsonl"))
    records = [json.loads(x) for x in (tmp_path / "out.jsonl").read_text("utf-8").splitlines()]
    by_model = [a for r in records for a in r["annotations"] if a["annotator"] == "model-v1"]
    assert len(by_model) == summary["labels"], exported.stderr  # visible as the model's own
    agreement = sverka("agreement", str(copy), "--json")
    assert "model-v1" not in json.loads(agreement.stdout)["annotators"]
    again = sverka("suggest", str(copy), "--apply", "--annotator", "model-v1")
    assert again.returncode == 0 and again.stdout.startswith("0 labels on 0 sentences")
    refused = sverka("suggest", str(copy), "--apply", "--annotator", "ana")
    assert refused.returncode == 1 and refused.stderr.strip().endswith("exists as a person, not as model")


def test_evaluate_per_label(path: Path) -> None:
    done = sverka("suggest", str(path), "--evaluate", "--json", "--folds", "4")
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout)
    assert result["folds"] == 4 and set(result["labels"]) == {"violence", "economic grievance"}
    assert all(v["f1"] > 0.8 for v in result["labels"].values())
    table = sverka("suggest", str(path), "--evaluate")
    assert "precision" in table.stdout and "violence" in table.stdout


def test_bad_input_is_one_line(path: Path) -> None:
    bad = sverka("suggest", str(path), "--min-confidence", "2")
    assert bad.returncode == 2 and "is not between 0 and 1" in bad.stderr
    unknown = sverka("suggest", str(path), "--label", "nope")
    assert unknown.returncode == 1 and unknown.stderr == "sverka: no label 'nope' in this schema\n"
    schema = sverka("suggest", str(path), "--schema", "nope")
    assert schema.returncode == 1 and "no schema named 'nope'" in schema.stderr and "Traceback" not in schema.stderr


def test_without_the_extra_it_says_how_to_get_it(
    path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(suggest_cli, "sklearn_available", lambda: False)
    assert main(["suggest", str(path)]) == 1
    err = capsys.readouterr().err
    assert (
        err
        == "sverka: suggestions need scikit-learn, which the base install leaves out: pip install 'sverka[suggest]'\n"
    )
