"""Adjudication: gold decisions apart from the annotators' own, the disagreements list, and
the resolve modes an export uses."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from sqlalchemy import select

from support.pair import write_pair
from sverka.cli.main import main
from sverka.db.models import Annotator, Sentence, Text
from sverka.db.project import Project, open_project
from sverka.ops.teams.annotators import GOLD, AnnotatorError, ensure_annotator, people
from sverka.ops.teams.disagreements import disagreement_ids, list_disagreements
from sverka.ops.teams.resolve import resolve_labels


def _tag(path: Path, lines: list[dict[str, str]], monkeypatch: pytest.MonkeyPatch, command: str = "tag") -> int:
    monkeypatch.setattr("sys.stdin", io.StringIO("".join(json.dumps(line) + "\n" for line in lines)))
    return main([command, str(path)])


@pytest.fixture
def team(project: Project, project_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Three people label four sentences; returns the sentence ids."""
    write_pair(tmp_path / "in")
    assert main(["import", str(project_path), str(tmp_path / "in")]) == 0  # aligned, as users import
    with project.sessions() as session:
        s = list(session.scalars(select(Sentence.id).join(Text).where(Text.role == "original").order_by(Sentence.idx)))[
            :5
        ]
    lines = [
        # s0: everyone says protest; s1: 2 of 3 say violence; s2: ana alone; s3: split 1-1
        *({"sentence_id": s[0], "label": "protest", "annotator": who} for who in ("ana", "bob", "cem")),
        {"sentence_id": s[1], "label": "violence", "annotator": "ana"},
        {"sentence_id": s[1], "label": "violence", "annotator": "bob"},
        {"sentence_id": s[1], "label": "protest", "annotator": "cem"},
        {"sentence_id": s[2], "label": "protest", "annotator": "ana"},
        {"sentence_id": s[3], "label": "protest", "annotator": "ana"},
        {"sentence_id": s[3], "label": "violence", "annotator": "bob"},
    ]
    assert _tag(project_path, lines, monkeypatch) == 0
    return s


def test_adjudicate_records_gold_apart(
    team: list[str], project_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    capsys.readouterr()
    lines = [
        {"sentence_id": team[3], "label": "violence"},
        {"sentence_id": team[3], "label": "protest", "annotator": "ana"},  # the name is ignored: gold
        {"sentence_id": team[3], "label": "protest", "action": "remove"},
    ]
    assert _tag(project_path, lines, monkeypatch, "adjudicate") == 0
    acks = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [a["changed"] for a in acks] == [True, True, True]
    project = open_project(project_path)
    with project.sessions() as session:
        assert session.scalar(select(Annotator.kind).where(Annotator.name == GOLD)) == "gold"
        assert list(people(session)) == ["ana", "bob", "cem"]  # gold is not a rater
        assert resolve_labels(session, f"annotator:{GOLD}") == {team[3]: ["violence"]}
        assert resolve_labels(session, "annotator:ana")[team[3]] == ["protest"]  # ana's own label kept
    project.close()
    bad = [{"sentence_id": team[3], "action": "note", "note": "x"}, {"sentence_id": team[3], "label": "nope"}]
    assert _tag(project_path, bad, monkeypatch, "adjudicate") == 1
    err = capsys.readouterr().err.splitlines()
    assert err == [
        "sverka: stdin:1: gold takes add, remove, toggle, not 'note'",
        "sverka: stdin:2: unknown label 'nope' (use --create-labels to create it)",
    ]


def test_resolve_modes(team: list[str], project_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    project = open_project(project_path)
    with project.sessions() as session:
        everyone = resolve_labels(session, "all")
        assert set(everyone[team[1]]) == {"protest", "violence"} and len(everyone) == 4
        majority = resolve_labels(session, "majority")
        assert majority[team[0]] == ["protest"]
        assert majority[team[1]] == ["violence"]  # 2 of 3
        assert majority[team[2]] == ["protest"]  # 1 of 1
        assert majority[team[3]] == []  # 1 of 2 is not more than half
        gold = resolve_labels(session, "gold")
        assert gold == majority and gold.fell_back == 4
        with pytest.raises(AnnotatorError, match="no annotator named 'zoe'"):
            resolve_labels(session, "annotator:zoe")
        with pytest.raises(ValueError, match="unknown resolve mode"):
            resolve_labels(session, "best")
    project.close()
    assert _tag(project_path, [{"sentence_id": team[3], "label": "violence"}], monkeypatch, "adjudicate") == 0
    project = open_project(project_path)
    with project.sessions() as session:
        gold = resolve_labels(session, "gold")
        assert gold[team[3]] == ["violence"] and gold.fell_back == 3  # gold wins where it exists
        assert set(resolve_labels(session, "all")[team[3]]) == {"protest", "violence"}
    project.close()


def test_disagreements_list_who_chose_what(
    team: list[str], project_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    project = open_project(project_path)
    with project.sessions() as session:
        assert disagreement_ids(session) == [team[1], team[3]]
        assert disagreement_ids(session, label="violence") == [team[1], team[3]]
        assert disagreement_ids(session, label="protest") == [team[1], team[3]]
        rows = list_disagreements(session)
        first = rows[0]
        assert first.choices == {"ana": ["violence"], "bob": ["violence"], "cem": ["protest"]}
        assert first.majority == ["violence"] and first.gold is None
        assert first.text.startswith("5 января") and first.translation and "protests" in first.translation
        assert first.article_title
        assert list_disagreements(session, offset=1, limit=1)[0].sentence_id == team[3]
        assert disagreement_ids(session, article_id="no-such-article") == []
    project.close()
    assert _tag(project_path, [{"sentence_id": team[1], "label": "violence"}], monkeypatch, "adjudicate") == 0
    project = open_project(project_path)
    with project.sessions() as session:
        assert list_disagreements(session)[0].gold == ["violence"]
    project.close()


def test_a_person_named_gold_is_refused(
    project: Project, project_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    with project.transaction() as session:
        ensure_annotator(session, GOLD, "person")
        with pytest.raises(AnnotatorError, match="exists as a person"):
            ensure_annotator(session, GOLD, "gold")
        with pytest.raises(AnnotatorError, match="kind 'robot'"):
            ensure_annotator(session, "x", "robot")
    monkeypatch.setattr("sys.stdin", io.StringIO(""))
    assert main(["adjudicate", str(project_path)]) == 1
    assert "annotator 'gold' exists as a person, not as gold" in capsys.readouterr().err
