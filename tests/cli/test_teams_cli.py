"""`sverka agreement` on a project equals the reference implementations on the same labels."""

from __future__ import annotations

import io
import json
import math
import random
import warnings
from pathlib import Path

import krippendorff
import numpy as np
import pytest
from sklearn.exceptions import UndefinedMetricWarning
from sklearn.metrics import cohen_kappa_score
from statsmodels.stats.inter_rater import aggregate_raters, fleiss_kappa

from support.pair import write_pair
from sverka.cli.main import main

PEOPLE = ["ana", "bob", "cem"]
LABELS = ["protest", "violence", "casualties"]


def _run(args: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    capsys.readouterr()
    code = main(args)
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def labeled(
    tmp_path: Path, seeds: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> tuple[Path, dict[tuple[str, str], set[str]]]:
    path = tmp_path / "p.sverka"
    write_pair(tmp_path / "in")
    assert main(["init", str(path)]) == 0
    assert main(["import", str(path), str(seeds), str(tmp_path / "in"), "--no-align", "--no-names"]) == 0
    assert main(["export", str(path), "--format", "jsonl", "-o", str(tmp_path / "all.jsonl")]) == 0
    sentences = [json.loads(line)["sentence_id"] for line in (tmp_path / "all.jsonl").read_text("utf-8").splitlines()]
    rng = random.Random(5)
    decisions: dict[tuple[str, str], set[str]] = {}
    lines = []
    for sentence in sentences[:40]:
        truth = {label for label in LABELS if rng.random() < 0.35} or {"protest"}
        for who in PEOPLE:
            if rng.random() < 0.25:
                continue  # this annotator skipped the sentence
            mine = {label for label in LABELS if (label in truth) != (rng.random() < 0.15)} or {LABELS[0]}
            decisions[(sentence, who)] = mine
            lines += [{"sentence_id": sentence, "label": label, "annotator": who} for label in sorted(mine)]
    monkeypatch.setattr("sys.stdin", io.StringIO("".join(json.dumps(x) + "\n" for x in lines)))
    assert main(["tag", str(path)]) == 0
    # Gold and a model's suggestions are not raters.
    monkeypatch.setattr("sys.stdin", io.StringIO(json.dumps({"sentence_id": sentences[0], "label": "violence"}) + "\n"))
    assert main(["adjudicate", str(path)]) == 0
    return path, decisions


def _reference(decisions: dict[tuple[str, str], set[str]], people: list[str], labels: list[str]) -> dict[str, object]:
    sentences = sorted({s for s, _ in decisions})
    items = [s for s in sentences if sum((s, p) in decisions for p in people) >= 2]

    def matrix(label_set: list[str]) -> np.ndarray:
        rows = []
        for label in label_set:
            for s in items:
                rows.append([float(label in decisions[(s, p)]) if (s, p) in decisions else np.nan for p in people])
        return np.array(rows)

    def figures(m: np.ndarray) -> dict[str, object]:
        cohen = {}
        for i in range(len(people)):
            for j in range(i + 1, len(people)):
                both = ~np.isnan(m[:, i]) & ~np.isnan(m[:, j])
                with warnings.catch_warnings():
                    warnings.simplefilter("ignore", UndefinedMetricWarning)
                    cohen[f"{people[i]}|{people[j]}"] = float(cohen_kappa_score(m[both, i], m[both, j]))
        complete = m[~np.isnan(m).any(axis=1)].astype(int)
        fleiss = float(fleiss_kappa(aggregate_raters(complete, n_cat=2)[0])) if len(complete) else math.nan
        alpha = float(krippendorff.alpha(reliability_data=m.T, level_of_measurement="nominal"))
        return {"cohen_kappa": cohen, "fleiss_kappa": fleiss, "krippendorff_alpha": alpha, "items": len(items)}

    return {
        "items": len(items),
        "labels": {label: figures(matrix([label])) for label in labels},
        "overall": figures(matrix(labels)),
    }


def _close(ours: object, theirs: object) -> None:
    if isinstance(theirs, dict):
        assert isinstance(ours, dict)
        for key, value in theirs.items():
            _close(ours[key], value)
    elif isinstance(theirs, float):
        assert ours is not None and ours == pytest.approx(theirs, abs=1e-6)
    else:
        assert ours == theirs


def test_agreement_json_equals_the_references(
    labeled: tuple[Path, dict[tuple[str, str], set[str]]], capsys: pytest.CaptureFixture[str]
) -> None:
    path, decisions = labeled
    code, out, _ = _run(["agreement", str(path), "--json"], capsys)
    assert code == 0
    data = json.loads(out)
    assert set(data) == {"annotators", "items", "labels", "overall"}
    assert data["annotators"] == PEOPLE and set(data["labels"]) == set(LABELS)
    assert data["items"] > 20
    _close(data, _reference(decisions, PEOPLE, LABELS))
    assert 0 < data["overall"]["percent_agreement"] < 1
    code, out, _ = _run(["agreement", str(path), "--json", "--annotators", "cem,ana", "--label", "violence"], capsys)
    data = json.loads(out)
    assert data["annotators"] == ["cem", "ana"] and list(data["labels"]) == ["violence"]
    _close(data["labels"], _reference(decisions, ["cem", "ana"], ["violence"])["labels"])


def test_agreement_table_and_errors(
    labeled: tuple[Path, dict[tuple[str, str], set[str]]], capsys: pytest.CaptureFixture[str]
) -> None:
    path, _ = labeled
    code, out, _ = _run(["agreement", str(path)], capsys)
    assert code == 0 and "labeled by two or more of ana, bob, cem" in out and "overall" in out and "ana|bob=" in out
    code, _, err = _run(["agreement", str(path), "--annotators", "ana,zoe"], capsys)
    assert code == 1 and err == f"sverka: {path}: no annotator named 'zoe' in this project\n"
    code, _, err = _run(["agreement", str(path), "--label", "nope"], capsys)
    assert code == 1 and "no label named 'nope'" in err and err.count("\n") == 1


def test_agreement_of_a_project_without_labels(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "empty.sverka"
    assert main(["init", str(path)]) == 0
    code, out, _ = _run(["agreement", str(path), "--json"], capsys)
    data = json.loads(out)
    assert code == 0 and data["items"] == 0 and data["labels"] == {}
    assert data["overall"]["krippendorff_alpha"] is None and data["overall"]["cohen_kappa"] == {}
