"""An undo (or redo) given the caller's own steps is refused when a step made elsewhere since
wrote the same sentence: the same annotator's labels or notes, or a sentence's shared state;
another annotator's own labels on that sentence do not block it."""

from __future__ import annotations

from pathlib import Path
from typing import Any, Self

import pytest
from sqlalchemy import func, insert, select

from sverka.db.models import Annotation, Event, Sentence, new_id
from sverka.db.project import Project
from sverka.ops import history
from sverka.ops.annotation import tagging
from sverka.ops.annotation.schemas import annotator_id, find_label
from sverka.ops.history import ChangedElsewhere, Changes, Command, Macro, Session
from sverka.ops.ingest.importer import Importer


@pytest.fixture
def loaded(project: Project, seeds: Path) -> tuple[Project, str, str, str, str]:
    Importer(project).import_paths([seeds])
    with project.transaction() as session:
        ana, bob = annotator_id(session, "ana"), annotator_id(session, "bob")
        sentence = session.scalars(select(Sentence.id).order_by(Sentence.id)).first()
        label = find_label(session, "violence")
    assert sentence is not None and label is not None
    return project, ana, bob, sentence, label.id


def _count(project: Project, sentence: str, who: str) -> int:
    with project.sessions() as session:
        query = select(func.count(Annotation.id)).where(
            Annotation.sentence_id == sentence, Annotation.annotator_id == who
        )
        return int(session.scalar(query) or 0)


def test_the_same_annotators_later_step_elsewhere_refuses_the_undo(loaded: tuple[Project, str, str, str, str]) -> None:
    project, ana, _, sentence, label = loaded
    mine = history.execute(project, lambda s: tagging.build_add(s, sentence, label, ana), ana)
    assert mine is not None
    # The command line, as ana: a note on the same sentence (a step the window never saw).
    elsewhere = history.execute(project, lambda s: tagging.build_note(s, sentence, ana, "checked"), ana)
    assert elsewhere is not None
    with pytest.raises(ChangedElsewhere, match="changed elsewhere"):
        history.undo(project, mine.event_id, known={mine.event_id})
    assert _count(project, sentence, ana) == 1  # nothing changed
    # Known to the caller (its own stack): the undo goes ahead; without `known` as before.
    assert history.undo(project, mine.event_id, known={mine.event_id, elsewhere.event_id}).sentences == {sentence}
    assert _count(project, sentence, ana) == 0
    history.redo(project, mine.event_id)
    assert _count(project, sentence, ana) == 1


def test_a_redo_is_refused_the_same_way(loaded: tuple[Project, str, str, str, str]) -> None:
    project, ana, bob, sentence, label = loaded
    mine = history.execute(project, lambda s: tagging.build_add(s, sentence, label, ana), ana)
    assert mine is not None
    history.undo(project, mine.event_id, known={mine.event_id})
    # Someone marks the sentence reviewed (shared state: any annotator's step counts).
    assert history.execute(project, lambda s: tagging.build_reviewed(s, sentence, bob), bob) is not None
    with pytest.raises(ChangedElsewhere, match="cannot redo"):
        history.redo(project, mine.event_id, known={mine.event_id})
    assert _count(project, sentence, ana) == 0


def test_another_annotators_own_labels_do_not_block(loaded: tuple[Project, str, str, str, str]) -> None:
    project, ana, bob, sentence, label = loaded
    mine = history.execute(project, lambda s: tagging.build_add(s, sentence, label, ana), ana)
    theirs = history.execute(project, lambda s: tagging.build_add(s, sentence, label, bob), bob)
    assert mine is not None and theirs is not None
    # bob's step on another sentence, and one he undid, are not in the way either.
    history.undo(project, theirs.event_id)
    history.redo(project, theirs.event_id)
    history.undo(project, mine.event_id, known={mine.event_id})
    assert _count(project, sentence, ana) == 0 and _count(project, sentence, bob) == 1


class _Opaque(Command):
    """A step with no sentence in its payload (like a schema edit): nothing to compare."""

    kind = "test_opaque_step"

    def apply(self, session: Session) -> Changes:
        return Changes(schema=True)

    def revert(self, session: Session) -> Changes:
        return Changes(schema=True)

    def to_payload(self) -> dict[str, Any]:
        return {"n": 1}

    @classmethod
    def from_payload(cls, payload: dict[str, Any]) -> Self:
        return cls()


def test_steps_without_sentences_and_unknown_kinds_are_not_conflicts(
    loaded: tuple[Project, str, str, str, str],
) -> None:
    project, ana, _, sentence, label = loaded
    opaque = history.execute(project, lambda s: _Opaque(), ana)
    assert opaque is not None and _Opaque().footprint() == set()
    mine = history.execute(project, lambda s: Macro([tagging.build_add(s, sentence, label, ana)]), ana)  # type: ignore[list-item]
    assert mine is not None
    with project.transaction() as session:  # a step logged by a newer release, and an opaque one
        session.execute(
            insert(Event).values(
                id=new_id(), seq=999, annotator_id=ana, kind="from_the_future", payload={}, state="done"
            )
        )
    assert history.execute(project, lambda s: _Opaque(), ana) is not None
    history.undo(project, opaque.event_id, known=set())  # no sentences: never refused
    history.undo(project, mine.event_id, known={mine.event_id})
    assert _count(project, sentence, ana) == 0
