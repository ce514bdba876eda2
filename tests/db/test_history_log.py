"""The event log's edges: steps a project cannot read or apply (a log written by a newer
Sverka, or carried over from another project), every annotator's steps, refused ids, and
the tagging builders on ids that do not exist or states that are already there."""

from __future__ import annotations

from pathlib import Path
from typing import Any, Self

import pytest
from sqlalchemy import insert, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from support.pair import write_pair
from sverka.db.models import Event, Note, Sentence
from sverka.db.project import Project
from sverka.ops import history
from sverka.ops.annotation import tagging
from sverka.ops.annotation.schemas import annotator_id, find_label
from sverka.ops.ingest.importer import Importer


@pytest.fixture
def tagged(project: Project, tmp_path: Path) -> tuple[Project, str, str, str]:
    """A project with one article; its first sentence, a label, the annotator 'ana'."""
    Importer(project).import_paths(write_pair(tmp_path / "in"))
    with project.transaction() as session:
        who = annotator_id(session, "ana")
        sentence = session.scalars(select(Sentence.id).order_by(Sentence.id)).first()
        label = find_label(session, "violence")
    assert sentence is not None and label is not None
    return project, who, sentence, label.id


def note_of(project: Project, sentence: str) -> str | None:
    with project.sessions() as session:
        return session.scalar(select(Note.body).where(Note.sentence_id == sentence))


class Tally(history.Command):
    """A command with no description of its own (a feature's first draft, say)."""

    kind = "test_tally"

    def apply(self, session: Session) -> history.Changes:
        return history.Changes()

    def revert(self, session: Session) -> history.Changes:
        return history.Changes()

    def to_payload(self) -> dict[str, Any]:
        return {}

    @classmethod
    def from_payload(cls, payload: dict[str, Any]) -> Self:
        return cls()


def test_a_command_without_a_description_is_described_by_its_kind(tagged: tuple[Project, str, str, str]) -> None:
    project, who, _, _ = tagged
    done = history.execute(project, lambda s: Tally(), who)
    assert done is not None and done.description == "test tally"
    assert [s.description for s in history.recent_steps(project, who)] == ["test tally"]


def test_steps_the_project_cannot_read_are_left_out_of_the_undo_stack(tagged: tuple[Project, str, str, str]) -> None:
    project, who, sentence, label = tagged
    first = history.execute(project, lambda s: tagging.build_add(s, sentence, label, who), who)
    with project.transaction() as session:
        for seq, kind, payload in ((100, "from_a_newer_sverka", {}), (101, "set_note", {"sentence_id": sentence})):
            session.execute(insert(Event).values(seq=seq, annotator_id=who, kind=kind, payload=payload, state="done"))
    last = history.execute(project, lambda s: tagging.build_reviewed(s, sentence, who), who)
    assert first is not None and last is not None
    assert [s.event_id for s in history.recent_steps(project, who)] == [first.event_id, last.event_id]
    with pytest.raises(ValueError, match="unknown command kind 'from_a_newer_sverka'"):
        history.command_from("from_a_newer_sverka", {})


def test_without_an_annotator_every_annotators_steps_are_listed(tagged: tuple[Project, str, str, str]) -> None:
    project, ana, sentence, label = tagged
    with project.transaction() as session:
        bob = annotator_id(session, "bob")
    mine = history.execute(project, lambda s: tagging.build_add(s, sentence, label, ana), ana)
    theirs = history.execute(project, lambda s: tagging.build_add(s, sentence, label, bob), bob)
    assert mine is not None and theirs is not None
    assert [s.event_id for s in history.recent_steps(project, ana)] == [mine.event_id]
    assert [s.event_id for s in history.recent_steps(project, None)] == [mine.event_id, theirs.event_id]


def test_undo_and_redo_of_an_unknown_event_are_refused(tagged: tuple[Project, str, str, str]) -> None:
    project = tagged[0]
    for flip in (history.undo, history.redo):
        with pytest.raises(ValueError, match="no event nope"):
            flip(project, "nope")


@pytest.mark.parametrize(
    ("build", "message"),
    [
        (lambda s, sid, label, who: tagging.build_add(s, "nope", label, who), "no sentence nope"),
        (lambda s, sid, label, who: tagging.build_add(s, sid, "nope", who), "no label nope"),
        (lambda s, sid, label, who: tagging.build_note(s, "nope", who, "x"), "no sentence nope"),
        (lambda s, sid, label, who: tagging.build_reviewed(s, "nope", who), "no sentence nope"),
        (lambda s, sid, label, who: tagging.build_language(s, "nope", "kk"), "no sentence nope"),
        (lambda s, sid, label, who: tagging.build_language(s, sid, "english"), "not an ISO 639 code"),
    ],
)
def test_builders_refuse_unknown_ids(tagged: tuple[Project, str, str, str], build: Any, message: str) -> None:
    project, who, sentence, label = tagged
    with pytest.raises(LookupError, match=message):
        history.execute(project, lambda s: build(s, sentence, label, who), who)


def test_a_logged_step_for_a_sentence_this_project_lacks_is_refused(tagged: tuple[Project, str, str, str]) -> None:
    """E.g. a log carried over from another project: the undo fails and changes nothing."""
    project, who, _, _ = tagged
    for kind, payload in (
        ("set_reviewed", {"sentence_id": "elsewhere", "before": [None, None], "after": ["2026-01-01T00:00:00", who]}),
        ("set_note", {"sentence_id": "elsewhere", "annotator_id": who, "before": None, "after": "x"}),
    ):
        with project.transaction() as session:
            event_id = session.execute(
                insert(Event)
                .values(seq=1, annotator_id=who, kind=kind, payload=payload, state="done")
                .returning(Event.id)
            ).scalar_one()
        with pytest.raises(LookupError, match="no sentence elsewhere"):
            history.undo(project, event_id)
        with project.sessions() as session:
            assert session.get(Event, event_id).state == "done"  # type: ignore[union-attr]


def test_editing_a_note_keeps_one_note_and_undo_brings_the_old_wording_back(
    tagged: tuple[Project, str, str, str],
) -> None:
    project, who, sentence, _ = tagged
    history.execute(project, lambda s: tagging.build_note(s, sentence, who, "check the figure"), who)
    edited = history.execute(project, lambda s: tagging.build_note(s, sentence, who, "the figure is right"), who)
    assert edited is not None and edited.description == "edit note"
    assert note_of(project, sentence) == "the figure is right"
    history.undo(project, edited.event_id)
    assert note_of(project, sentence) == "check the figure"
    assert history.execute(project, lambda s: tagging.build_note(s, sentence, who, "check the figure"), who) is None


def test_a_note_deleted_elsewhere_stays_deleted_when_its_creation_is_undone(
    tagged: tuple[Project, str, str, str],
) -> None:
    """Two windows (or the CLI and a window) on one project: one deletes the note the other
    wrote; undoing the writing there finds nothing left to delete, and says nothing."""
    project, who, sentence, _ = tagged
    written = history.execute(project, lambda s: tagging.build_note(s, sentence, who, "check"), who)
    deleted = history.execute(project, lambda s: tagging.build_note(s, sentence, who, "  "), who)
    assert written is not None and deleted is not None and deleted.description == "delete note"
    history.undo(project, written.event_id)
    assert note_of(project, sentence) is None
    history.undo(project, deleted.event_id)
    assert note_of(project, sentence) == "check"


def test_asking_for_the_state_already_there_writes_nothing(tagged: tuple[Project, str, str, str]) -> None:
    project, who, sentence, _ = tagged
    assert history.execute(project, lambda s: tagging.build_reviewed(s, sentence, who, reviewed=False), who) is None
    assert history.execute(project, lambda s: tagging.build_reviewed(s, sentence, who, reviewed=True), who)
    assert history.execute(project, lambda s: tagging.build_reviewed(s, sentence, who, reviewed=True), who) is None
    with project.sessions() as session:
        detected = session.get(Sentence, sentence).lang  # type: ignore[union-attr]
    # The detected language given as an override is no override: nothing to do.
    assert history.execute(project, lambda s: tagging.build_language(s, sentence, detected.upper()), who) is None
    with project.sessions() as session:
        assert session.scalar(select(Event.id).where(Event.kind == "set_language")) is None


class _RacedTally(Tally):
    """A command whose first applications collide with a concurrent writer's identical row."""

    kind = "test_raced_tally"

    def __init__(self, collisions: list[int]) -> None:
        self.collisions = collisions

    def apply(self, session: Session) -> history.Changes:
        if self.collisions[0] > 0:
            self.collisions[0] -= 1
            raise IntegrityError("INSERT …", {}, Exception("UNIQUE constraint failed"))
        return history.Changes(labels=True)


def test_a_command_refused_by_a_concurrent_identical_write_is_rebuilt(tagged: tuple[Project, str, str, str]) -> None:
    project, who, _, _ = tagged
    collisions = [history._EXECUTE_ATTEMPTS - 1]  # refused on every attempt but the last
    built: list[int] = []

    def build(session: Session) -> history.Command:
        built.append(1)
        return _RacedTally(collisions)

    done = history.execute(project, build, who)
    assert done is not None and done.changes.labels and len(built) == history._EXECUTE_ATTEMPTS


def test_a_command_refused_on_every_attempt_raises(tagged: tuple[Project, str, str, str]) -> None:
    project, who, _, _ = tagged
    with pytest.raises(IntegrityError):
        history.execute(project, lambda session: _RacedTally([history._EXECUTE_ATTEMPTS]), who)
    with project.sessions() as session:  # nothing of it was logged
        assert session.scalar(select(Event.id).where(Event.kind == "test_raced_tally")) is None
