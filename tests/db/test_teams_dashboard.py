"""The dashboard's numbers and its headless charts (`sverka dashboard`)."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from support.pair import write_pair
from sverka.cli.main import main
from sverka.db.project import open_project
from sverka.ops.teams.dashboard import dashboard


@pytest.fixture
def tagged(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> tuple[Path, list[str]]:
    path = tmp_path / "p.sverka"
    write_pair(tmp_path / "in")
    assert main(["init", str(path)]) == 0
    assert main(["import", str(path), str(tmp_path / "in"), "--no-names"]) == 0
    assert main(["export", str(path), "--format", "jsonl", "-o", str(tmp_path / "a.jsonl")]) == 0
    records = [json.loads(line) for line in (tmp_path / "a.jsonl").read_text("utf-8").splitlines()]
    ids = [r["sentence_id"] for r in records if r["kind"] != "timestamp"]
    lines = [
        {"sentence_id": ids[0], "label": "protest", "annotator": "ana"},
        {"sentence_id": ids[1], "label": "protest", "annotator": "ana"},
        {"sentence_id": ids[1], "label": "violence", "annotator": "ana"},
        {"sentence_id": ids[0], "label": "protest", "annotator": "bob"},
        {"sentence_id": ids[1], "label": "arrest", "annotator": "bob"},
    ]
    monkeypatch.setattr("sys.stdin", io.StringIO("".join(json.dumps(x) + "\n" for x in lines)))
    assert main(["tag", str(path)]) == 0
    monkeypatch.setattr("sys.stdin", io.StringIO(json.dumps({"sentence_id": ids[1], "label": "violence"}) + "\n"))
    assert main(["adjudicate", str(path)]) == 0  # gold counts nowhere in the team's numbers
    capsys.readouterr()
    return path, ids


def test_dashboard_numbers(tagged: tuple[Path, list[str]]) -> None:
    path, ids = tagged
    project = open_project(path)
    with project.sessions() as session:
        data = dashboard(session)
    project.close()
    assert data["label_distribution"] == {
        "violence": {"ana": 1},
        "protest": {"ana": 2, "bob": 1},
        "arrest": {"bob": 1},
    }
    ana = data["progress_per_annotator"]["ana"]
    assert ana["labeled"] == 2 and ana["total"] == len(ids) and ana["share"] == round(2 / len(ids), 4)
    assert set(data["progress_per_annotator"]) == {"ana", "bob"}
    (article,) = data["progress_per_article"]
    assert article["sentences"] == len(ids) and article["labeled"] == 2
    assert article["by_annotator"] == {"ana": 2, "bob": 2}
    ((hour, counts),) = data["decisions_per_hour"].items()
    assert hour.endswith(":00:00+00:00") and counts == {"ana": 3, "bob": 2}
    agreement = data["agreement_per_label"]
    assert set(agreement) == {"protest", "violence", "arrest"}
    # sentence 0: both protest; sentence 1: ana protest, bob not — one of two items agrees
    assert agreement["protest"]["percent_agreement"] == 0.5


@pytest.mark.parametrize("fmt", ["png", "svg"])
def test_dashboard_cli_writes_charts(
    tagged: tuple[Path, list[str]], tmp_path: Path, fmt: str, capsys: pytest.CaptureFixture[str]
) -> None:
    path, _ = tagged
    out = tmp_path / "charts"
    assert main(["dashboard", str(path), "--json", "--plot", str(out), "--format", fmt]) == 0
    captured = capsys.readouterr()
    data = json.loads(captured.out)
    assert set(data) == {
        "label_distribution",
        "progress_per_annotator",
        "progress_per_article",
        "decisions_per_hour",
        "agreement_per_label",
    }
    files = sorted(p.name for p in out.iterdir())
    assert files == sorted(
        f"{n}.{fmt}"
        for n in (
            "label_distribution",
            "progress_per_annotator",
            "progress_per_article",
            "decisions_per_hour",
            "agreement",
        )
    )
    head = (out / f"agreement.{fmt}").read_bytes()[:64]
    assert head.startswith(b"\x89PNG") if fmt == "png" else b"<svg" in (out / f"agreement.{fmt}").read_bytes()
    assert captured.err.count("wrote ") == 5
    assert main(["dashboard", str(path)]) == 0
    assert "ana" in capsys.readouterr().out
    blocker = tmp_path / "file"
    blocker.write_text("x")
    assert main(["dashboard", str(path), "--plot", str(blocker / "sub")]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "cannot create the folder" in err
