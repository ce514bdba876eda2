"""Tagging commands, single-choice groups, notes, review marks, and undo/redo via the event log."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import func, select

from sverka.db.models import Annotation, Event, Note, Sentence
from sverka.db.project import Project, open_project
from sverka.ops import history
from sverka.ops.annotation import tagging
from sverka.ops.annotation.schemas import annotator_id, find_label
from sverka.ops.ingest.importer import Importer


@pytest.fixture
def loaded(project: Project, seeds: Path) -> tuple[Project, str, str]:
    Importer(project).import_paths([seeds])
    with project.transaction() as session:
        who = annotator_id(session, "ana")
        sentence = session.scalars(select(Sentence.id).order_by(Sentence.id)).first()
    assert sentence is not None
    return project, who, sentence


def _label(project: Project, name: str) -> str:
    with project.sessions() as session:
        label = find_label(session, name)
        assert label is not None
        return label.id


def _labels_on(project: Project, sentence: str) -> int:
    with project.sessions() as session:
        return int(session.scalar(select(func.count(Annotation.id)).where(Annotation.sentence_id == sentence)) or 0)


def test_toggle_undo_redo(loaded: tuple[Project, str, str]) -> None:
    project, who, sentence = loaded
    violence = _label(project, "violence")
    done = history.execute(project, lambda s: tagging.build_toggle(s, sentence, violence, who), who)
    assert done is not None and sentence in done.changes.sentences
    assert _labels_on(project, sentence) == 1
    history.undo(project, done.event_id)
    assert _labels_on(project, sentence) == 0
    history.undo(project, done.event_id)  # a second undo is a no-op
    history.redo(project, done.event_id)
    assert _labels_on(project, sentence) == 1
    # Toggling again removes it; adding twice is a no-op that writes nothing.
    assert history.execute(project, lambda s: tagging.build_add(s, sentence, violence, who), who) is None
    history.execute(project, lambda s: tagging.build_toggle(s, sentence, violence, who), who)
    assert _labels_on(project, sentence) == 0


def test_single_choice_group_replaces_sibling_and_undo_restores(loaded: tuple[Project, str, str]) -> None:
    project, who, sentence = loaded
    relevant, irrelevant = _label(project, "relevant"), _label(project, "not relevant")
    history.execute(project, lambda s: tagging.build_toggle(s, sentence, relevant, who), who)
    swap = history.execute(project, lambda s: tagging.build_toggle(s, sentence, irrelevant, who), who)
    assert swap is not None
    with project.sessions() as session:
        names = set(session.scalars(select(Annotation.label_id).where(Annotation.sentence_id == sentence)))
    assert names == {irrelevant}
    history.undo(project, swap.event_id)
    with project.sessions() as session:
        names = set(session.scalars(select(Annotation.label_id).where(Annotation.sentence_id == sentence)))
    assert names == {relevant}


def test_notes_and_review_survive_reopen_and_undo(loaded: tuple[Project, str, str], project_path: Path) -> None:
    project, who, sentence = loaded
    history.execute(project, lambda s: tagging.build_note(s, sentence, who, "check the casualty figure"), who)
    reviewed = history.execute(project, lambda s: tagging.build_reviewed(s, sentence, who), who)
    assert reviewed is not None
    project.close()
    again = open_project(project_path)
    steps = history.recent_steps(again, who)
    assert [s.kind for s in steps] == ["set_note", "set_reviewed"]
    history.undo(again, steps[-1].event_id)
    history.undo(again, steps[-2].event_id)
    with again.sessions() as session:
        assert session.scalar(select(func.count(Note.id))) == 0
        assert session.get(Sentence, sentence).reviewed_at is None  # type: ignore[union-attr]
        assert set(session.scalars(select(Event.state))) == {"undone"}
    again.close()


def test_language_override_kept_and_exported(loaded: tuple[Project, str, str]) -> None:
    from sverka.ops.export.options import ExportOptions
    from sverka.ops.export.records import iter_records

    project, who, sentence = loaded
    done = history.execute(project, lambda s: tagging.build_language(s, sentence, "kk"), who)
    assert done is not None
    record = next(r for r in iter_records(project, ExportOptions()) if r["sentence_id"] == sentence)
    assert record["lang"] == "kk"
    history.undo(project, done.event_id)
    record = next(r for r in iter_records(project, ExportOptions()) if r["sentence_id"] == sentence)
    assert record["lang"] == "en"
    with pytest.raises(LookupError, match="ISO 639"):
        history.execute(project, lambda s: tagging.build_language(s, sentence, "Kazakh"), who)
