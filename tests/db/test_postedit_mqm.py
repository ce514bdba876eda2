"""Post-editing and MQM review at the ops level: undo/redo restores exactly, revisions, spans
through edits, scores, export fields and the WMT MQM TSV — and the done-when across a reopen."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from sverka.db.models import MqmIssue, Revision, Sentence, Text
from sverka.db.project import Project, open_project
from sverka.ops import history
from sverka.ops.annotation.schemas import annotator_id
from sverka.ops.annotation.tagging import build_reviewed
from sverka.ops.export.options import ExportOptions
from sverka.ops.export.records import iter_records
from sverka.ops.export.writers import export_file
from sverka.ops.export.writers.mqm_tsv import TSV_COLUMNS, export_mqm_tsv, write_mqm_tsv
from sverka.ops.ingest.importer import Importer
from sverka.ops.review import mqm, postedit
from sverka.ops.views import review as review_views

ARTICLE = [
    {
        "id": "zh-1",
        "title": "Жанаозен",
        "lang": "ru",
        "text": "Жители Жанаозена вышли на площадь. Они требовали снизить цены на газ. Власти обещали ответить.",
    },
    {
        "id": "zh-1-en",
        "translation_of": "zh-1",
        "lang": "en",
        "text": "Residents of Zhanaozen went out to the square. They demanded to lower the gas prices. "
        "The authorities promised to answer.",
    },
]
MODEL = "argos ru-en 1.9"


def write_article(folder: Path) -> Path:
    path = folder / "article.jsonl"
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in ARTICLE), encoding="utf-8")
    return path


def make_machine(project: Project) -> tuple[str, list[str]]:
    """Mark the translation as machine output (as `sverka translate` leaves it); its sentence ids."""
    with project.transaction() as session:
        text = session.scalar(select(Text).where(Text.role == "translation"))
        assert text is not None
        text.origin, text.model_id = "machine", MODEL
        ids = list(session.scalars(select(Sentence.id).where(Sentence.text_id == text.id).order_by(Sentence.idx)))
        return text.id, ids


@pytest.fixture
def review(project: Project, tmp_path: Path) -> tuple[Project, str, str, list[str]]:
    report = Importer(project).import_paths([write_article(tmp_path)])
    assert not report.errors
    text_id, ids = make_machine(project)
    with project.transaction() as session:
        who = annotator_id(session, "ana")
    return project, who, text_id, ids


def _state(project: Project, sid: str, text_id: str) -> dict[str, Any]:
    with project.sessions() as session:
        sentence, text = session.get(Sentence, sid), session.get(Text, text_id)
        assert sentence is not None and text is not None
        revisions = sorted(
            (r.id, r.body, r.origin, r.annotator_id, r.model_id)
            for r in session.scalars(select(Revision).where(Revision.sentence_id == sid))
        )
        issues = sorted((i.id, i.start, i.end, i.note) for i in session.scalars(select(MqmIssue)))
        return {
            "edited": sentence.edited,
            "origin": text.origin,
            "model": text.model_id,
            "revisions": revisions,
            "issues": issues,
        }


def _postedit(project: Project, sid: str, wording: str, who: str) -> history.Executed:
    done = history.execute(project, lambda s: postedit.build_postedit(s, sid, wording, who), who)
    assert done is not None
    return done


def test_postedit_undo_redo_restores_exactly(review: tuple[Project, str, str, list[str]]) -> None:
    project, who, text_id, ids = review
    sid = ids[1]
    before = _state(project, sid, text_id)
    assert before["edited"] is None and before["origin"] == "machine" and before["revisions"] == []
    done = _postedit(project, sid, "They demanded lower gas prices.", who)
    after = _state(project, sid, text_id)
    assert after["edited"] == "They demanded lower gas prices."
    assert after["origin"] == "post-edited" and after["model"] == MODEL  # the model stays as provenance
    origins = sorted(r[2] for r in after["revisions"])
    assert origins == ["machine", "post-edited"]  # the machine wording was recorded first
    machine = next(r for r in after["revisions"] if r[2] == "machine")
    assert machine[1] == "They demanded to lower the gas prices." and machine[4] == MODEL

    history.undo(project, done.event_id)
    assert _state(project, sid, text_id) == before
    history.redo(project, done.event_id)
    assert _state(project, sid, text_id) == after

    # The same wording again changes nothing and logs nothing.
    assert history.execute(project, lambda s: postedit.build_postedit(s, sid, after["edited"], who), who) is None


def test_revisions_kept_in_order_with_diff(review: tuple[Project, str, str, list[str]]) -> None:
    project, who, _text_id, ids = review
    sid = ids[1]
    _postedit(project, sid, "They demanded lower gas prices.", who)
    _postedit(project, sid, "They demanded  cheaper gas.\n", who)  # whitespace collapses
    with project.sessions() as session:
        hist = postedit.sentence_history(session, sid)
    assert [r.origin for r in hist.revisions] == ["machine", "post-edited", "post-edited"]
    assert [r.body for r in hist.revisions][-1] == "They demanded cheaper gas."
    assert hist.revisions[-1].annotator == "ana" and hist.revisions[0].model_id == MODEL
    assert hist.baseline == "They demanded to lower the gas prices." and hist.baseline_origin == "machine"
    ops = [(p.op, p.text) for p in hist.diff]
    assert ("delete", "to lower the") in ops and ("insert", "cheaper") in ops
    assert postedit.diff_text(hist.diff).startswith("They demanded [-to lower the-]{+cheaper+}")


def test_postedit_refusals(review: tuple[Project, str, str, list[str]]) -> None:
    project, who, _text_id, ids = review
    with project.sessions() as session:
        original = session.scalar(
            select(Sentence.id).join(Text, Text.id == Sentence.text_id).where(Text.role == "original")
        )
        with pytest.raises(postedit.PostEditError, match="originals"):
            postedit.build_postedit(session, str(original), "x", who)
        with pytest.raises(postedit.PostEditError, match="empty"):
            postedit.build_postedit(session, ids[0], "  \n ", who)
        with pytest.raises(postedit.PostEditError, match="no sentence"):
            postedit.build_postedit(session, "nope", "x", who)


def _issue(
    project: Project, sid: str, start: int, end: int, category: str, severity: str, who: str, note: str = ""
) -> history.Executed:
    done = history.execute(
        project, lambda s: mqm.build_add_issue(s, sid, start, end, category, severity, note, who), who
    )
    assert done is not None
    return done


def test_mqm_add_remove_edit_undo_and_scores(review: tuple[Project, str, str, list[str]]) -> None:
    project, who, text_id, ids = review
    added = _issue(project, ids[1], 14, 22, "Accuracy/Mistranslation", "major", who, "too literal")
    _issue(project, ids[1], 0, 4, "grammar", "1", who)
    _issue(project, ids[2], 4, 15, "terminology", "critical", who)
    with project.sessions() as session:
        assert review_views.sentence_scores(session, ids) == {ids[1]: 6.0, ids[2]: 10.0}
        (score,) = review_views.translation_scores(session)
        rows = review_views.list_issues(session)
    assert score.translation_id == text_id and score.penalty == 16.0 and score.issues == 3
    assert score.words == 20 and score.per_100_words == pytest.approx(80.0)
    assert score.by_severity == {"minor": 1, "major": 1, "critical": 1}
    first = next(r for r in rows if r.note == "too literal")
    assert (first.category, first.span) == ("accuracy/mistranslation", "to lower")

    removal = history.execute(project, lambda s: mqm.build_remove_issue(s, first.id), who)
    assert removal is not None
    with project.sessions() as session:
        assert review_views.sentence_scores(session, [ids[1]]) == {ids[1]: 1.0}
    history.undo(project, removal.event_id)
    edit = history.execute(project, lambda s: mqm.build_edit_issue(s, first.id, severity="minor", note="ok"), who)
    assert edit is not None
    with project.sessions() as session:
        assert review_views.sentence_scores(session, [ids[1]]) == {ids[1]: 2.0}
    history.undo(project, edit.event_id)
    history.undo(project, added.event_id)
    with project.sessions() as session:
        assert [r.note for r in review_views.list_issues(session, sentence_ids=[ids[1]])] == [""]

    with project.sessions() as session, pytest.raises(mqm.MqmError, match="outside"):
        mqm.build_add_issue(session, ids[1], 5, 500, "style", "minor", None, who)
    with project.sessions() as session, pytest.raises(mqm.MqmError, match="category"):
        mqm.build_add_issue(session, ids[1], 0, 1, "vibes", "minor", None, who)
    with project.sessions() as session, pytest.raises(mqm.MqmError, match="severity"):
        mqm.build_add_issue(session, ids[1], 0, 1, "style", "fatal", None, who)


def test_spans_shift_or_flag_through_postedits_and_undo(review: tuple[Project, str, str, list[str]]) -> None:
    project, who, text_id, ids = review
    sid = ids[1]  # "They demanded to lower the gas prices."
    _issue(project, sid, 27, 30, "style", "minor", who, "gas?")  # "gas": outside the edit, shifts
    _issue(project, sid, 14, 22, "accuracy/mistranslation", "major", who, "literal")  # "to lower": edited
    before = _state(project, sid, text_id)
    done = _postedit(project, sid, "They demanded lower gas prices.", who)
    with project.sessions() as session:
        rows = {r.note: r for r in review_views.list_issues(session, sentence_ids=[sid])}
    assert rows["gas?"].span == "gas" and not rows["gas?"].stale
    assert rows["literal"].stale and rows["literal"].span == "lower"  # kept, flagged, best-guess span
    with project.sessions() as session:
        assert review_views.sentence_scores(session, [sid]) == {sid: 6.0}  # nothing lost
    history.undo(project, done.event_id)
    assert _state(project, sid, text_id) == before  # spans and notes exactly as they were
    history.redo(project, done.event_id)
    # Re-marking the span clears the flag.
    with project.sessions() as session:
        stale = next(r for r in review_views.list_issues(session, sentence_ids=[sid]) if r.stale)
    history.execute(project, lambda s: mqm.build_edit_issue(s, stale.id, start=14, end=19), who)
    with project.sessions() as session:
        assert not any(r.stale for r in review_views.list_issues(session, sentence_ids=[sid]))


def test_move_span_arithmetic() -> None:
    assert postedit.move_span("a b c d", "X a b c d", 2, 3) == (4, 5, True)  # inserted before: shifts
    assert postedit.move_span("a b c d", "a b c", 0, 3) == (0, 3, True)  # deleted after: stays
    assert postedit.move_span("a b c d", "a B c d", 0, 5)[2] is False  # changed inside: flagged


def _records(project: Project) -> list[dict[str, Any]]:
    return list(iter_records(project, ExportOptions()))


def test_export_fields_and_mqm_tsv_layout(review: tuple[Project, str, str, list[str]], tmp_path: Path) -> None:
    project, who, _text_id, ids = review
    _postedit(project, ids[1], "They demanded lower gas prices.", who)
    _issue(project, ids[1], 14, 19, "terminology", "major", who, "cheaper?")
    history.execute(project, lambda s: build_reviewed(s, ids[0], who, True), who)
    records = _records(project)
    assert [r["translation_edited"] for r in records] == [False, True, False]
    (entry,) = records[1]["mqm"]
    assert entry == {
        "category": "terminology",
        "severity": "major",
        "start": 14,
        "end": 19,
        "span": "lower",
        "note": "cheaper?",
        "stale": False,
        "annotator": "ana",
        "sentence_id": ids[1],
    }
    assert records[1]["translation"][entry["start"] : entry["end"]] == "lower"
    assert [r["mqm_score"] for r in records] == [0, 5.0, 0]

    out = io.StringIO()
    assert write_mqm_tsv(project, out) == 2
    lines = out.getvalue().splitlines()
    assert lines[0].split("\t") == list(TSV_COLUMNS)
    first, error = (line.split("\t") for line in lines[1:])
    assert first[:4] == [MODEL, "zh-1", "1", "1"] and first[7:9] == ["No-error", "No-error"]  # reviewed
    assert error[0] == MODEL + "+post-edit" and error[3] == "2" and error[4] == "ana"
    assert error[5] == "Они требовали снизить цены на газ."
    assert error[6] == "They demanded <v>lower</v> gas prices."
    assert error[7:] == ["Terminology", "Major", "cheaper?"]

    path = tmp_path / "mqm.tsv"
    assert export_mqm_tsv(project, path) == 2
    assert path.read_text(encoding="utf-8").splitlines() == lines


def test_done_when_survives_reopen_and_reaches_every_export(project_path: Path, tmp_path: Path) -> None:
    """Done-when: a post-edit and an MQM error survive closing and reopening the project and
    appear in the JSONL, CSV and MQM TSV exports."""
    project = open_project(project_path)
    Importer(project).import_paths([write_article(tmp_path)])
    _text_id, ids = make_machine(project)
    with project.transaction() as session:
        who = annotator_id(session, "ana")
    _postedit(project, ids[1], "They demanded lower gas prices.", who)
    _issue(project, ids[1], 14, 19, "accuracy/mistranslation", "critical", who, "not lower: cap")
    project.close()

    reopened = open_project(project_path)
    try:
        with reopened.sessions() as session:
            assert int(session.scalar(select(func.count(MqmIssue.id))) or 0) == 1
            assert postedit.sentence_history(session, ids[1]).current == "They demanded lower gas prices."
        jsonl, table, tsv = tmp_path / "out.jsonl", tmp_path / "out.csv", tmp_path / "out.tsv"
        export_file(reopened, "jsonl", jsonl)
        export_file(reopened, "csv", table)
        export_mqm_tsv(reopened, tsv)
    finally:
        reopened.close()
    record = [json.loads(line) for line in jsonl.read_text(encoding="utf-8").splitlines()][1]
    assert record["translation"] == "They demanded lower gas prices." and record["translation_edited"] is True
    assert record["mqm"][0]["span"] == "lower" and record["mqm_score"] == 10.0
    row = list(csv.DictReader(io.StringIO(table.read_text(encoding="utf-8-sig"))))[1]
    assert row["translation"] == "They demanded lower gas prices." and row["translation_edited"] == "true"
    assert (
        row["mqm"] == "critical accuracy/mistranslation «lower» (not lower: cap) [ana]" and row["mqm_score"] == "10.0"
    )
    tsv_rows = [line.split("\t") for line in tsv.read_text(encoding="utf-8").splitlines()]
    assert tsv_rows[1][6:9] == ["They demanded <v>lower</v> gas prices.", "Accuracy/Mistranslation", "Critical"]
