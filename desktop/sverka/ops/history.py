"""Undoable commands as plain data, and the event log that makes undo survive restarts.

Every user action is a :class:`Command` executed by :func:`execute` in its own transaction,
together with an ``event`` row holding the command's payload. Undo and redo replay the
payload backwards or forwards, also in one transaction each, and flip the event's state.
The GUI wraps these in thin ``QUndoCommand``s; the CLI calls them directly.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Callable, Collection
from dataclasses import dataclass, field
from typing import Any, ClassVar, Self, cast

from sqlalchemy import Table, bindparam, func, insert, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session as Session  # the type command builders take; front ends name it from here

from sverka.db.models import Event, new_id
from sverka.db.prepared import Prepared
from sverka.db.project import Project


@dataclass
class Changes:
    """What a command (or its undo) changed, said explicitly, so front ends refresh just that.

    The flags say *what kind* of thing changed; the id sets say *where*. An empty Changes
    (no flag set) means nothing changed, e.g. undoing a step that was already undone.
    """

    sentences: set[str] = field(default_factory=set)  # sentences whose shown state changed
    articles: set[str] = field(default_factory=set)  # articles they belong to (list rows, progress)
    entities: set[str] = field(default_factory=set)
    links: set[str] = field(default_factory=set)
    labels: bool = False  # sentence annotations: labels, notes, the reviewed mark, a language fix
    schema: bool = False  # the label schema: labels, groups, their keys and colours
    names: bool = False  # entities, their variants, style choices, not-a-name marks
    alignment: bool = False  # the links between original and translation sentences (rows)
    text: bool = False  # a sentence's wording (a post-edit)
    review: bool = False  # MQM issues

    def update(self, other: Changes) -> Changes:
        self.sentences |= other.sentences
        self.articles |= other.articles
        self.entities |= other.entities
        self.links |= other.links
        self.labels |= other.labels
        self.schema |= other.schema
        self.names |= other.names
        self.alignment |= other.alignment
        self.text |= other.text
        self.review |= other.review
        return self

    @property
    def anything(self) -> bool:
        """Whether anything changed at all."""
        return self.labels or self.schema or self.names or self.alignment or self.text or self.review


REGISTRY: dict[str, type[Command]] = {}
Footprint = tuple[str, str | None]  # (sentence id, owning annotator id or None: shared state)


def _overlap(mine: set[Footprint], theirs: set[Footprint]) -> bool:
    """Two footprints write the same thing: one sentence, and the same owner's rows or a
    shared state (another annotator's labels on the sentence do not touch mine)."""
    return any(s == t and (o is None or p is None or o == p) for s, o in mine for t, p in theirs)


class Command(ABC):
    """A reversible change to a project; payloads are JSON-serialisable dicts."""

    kind: ClassVar[str]
    actor: str | None = None  # annotator id to log the event under, when the caller has none

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        if "kind" in cls.__dict__:
            REGISTRY[cls.kind] = cls

    @abstractmethod
    def apply(self, session: Session) -> Changes: ...

    @abstractmethod
    def revert(self, session: Session) -> Changes: ...

    @abstractmethod
    def to_payload(self) -> dict[str, Any]: ...

    @classmethod
    @abstractmethod
    def from_payload(cls, payload: dict[str, Any]) -> Self: ...

    def describe(self) -> str:
        return self.kind.replace("_", " ")

    def footprint(self) -> set[Footprint]:
        """(sentence, owner) pairs this command writes, read from its payload: ``sentence_id``
        and ``annotator_id`` (or those of the ``row`` it inserts). The owner is the annotator
        whose own rows (labels, notes) are written, None for a sentence's shared state (the
        reviewed mark, its language, a post-edit). An undo compares footprints with the steps
        made elsewhere since (:func:`undo`)."""
        payload = self.to_payload()
        row = payload.get("row")
        source = row if isinstance(row, dict) else payload
        sentence, owner = source.get("sentence_id"), source.get("annotator_id")
        if not isinstance(sentence, str):
            return set()
        return {(sentence, owner if isinstance(owner, str) else None)}


class StateChange(Command):
    """A command that writes state ``after`` on apply and ``before`` on revert."""

    before: Any
    after: Any

    @abstractmethod
    def _write(self, session: Session, state: Any) -> Changes: ...

    def apply(self, session: Session) -> Changes:
        return self._write(session, self.after)

    def revert(self, session: Session) -> Changes:
        return self._write(session, self.before)


class Inverted:
    """Mix in before a command class to get its mirror image (apply undoes, revert does):
    e.g. removing a row is adding it, backwards."""

    def apply(self, session: Session) -> Changes:
        return super().revert(session)  # type: ignore[misc]

    def revert(self, session: Session) -> Changes:
        return super().apply(session)  # type: ignore[misc]


def command_from(kind: str, payload: dict[str, Any]) -> Command:
    try:
        return REGISTRY[kind].from_payload(payload)
    except KeyError as exc:
        raise ValueError(f"unknown command kind {kind!r} in the event log") from exc


class Macro(Command):
    """Several commands as one undo step (e.g. a single-choice label replacing another)."""

    kind = "macro"

    def __init__(self, steps: list[Command], text: str = "") -> None:
        self.steps = steps
        self.text = text

    def apply(self, session: Session) -> Changes:
        changes = Changes()
        for step in self.steps:
            changes.update(step.apply(session))
        return changes

    def revert(self, session: Session) -> Changes:
        changes = Changes()
        for step in reversed(self.steps):
            changes.update(step.revert(session))
        return changes

    def to_payload(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "steps": [{"kind": s.kind, "payload": s.to_payload()} for s in self.steps],
        }

    @classmethod
    def from_payload(cls, payload: dict[str, Any]) -> Self:
        steps = [command_from(s["kind"], s["payload"]) for s in payload["steps"]]
        return cls(steps, payload.get("text", ""))

    def describe(self) -> str:
        return self.text or (self.steps[0].describe() if self.steps else "nothing")

    def footprint(self) -> set[Footprint]:
        return set().union(*(step.footprint() for step in self.steps))


@dataclass
class Executed:
    event_id: str
    seq: int
    description: str
    changes: Changes


# Built once: the event insert runs on every action (and is the tag's second statement).
_EVENT = cast(Table, Event.__table__)
_INSERT_EVENT = Prepared(
    insert(_EVENT)
    .values(
        id=bindparam("event_id"),
        seq=select(func.coalesce(func.max(_EVENT.c.seq), 0) + 1).scalar_subquery(),
        annotator_id=bindparam("annotator_id"),
        kind=bindparam("kind"),
        payload=bindparam("payload", type_=_EVENT.c.payload.type),
        state="done",
    )
    .returning(_EVENT.c.seq)
)


def _log(session: Session, command: Command, annotator_id: str | None) -> tuple[str, int]:
    """Append the event in one statement: the next seq is computed inside the INSERT."""
    event_id = new_id()
    params = {
        "event_id": event_id,
        "annotator_id": annotator_id or command.actor,
        "kind": command.kind,
        "payload": command.to_payload(),
    }
    ((seq,),) = _INSERT_EVENT.execute(session, params)
    return event_id, int(seq)


# A command refused by a concurrent writer's identical change is rebuilt this many times in all.
_EXECUTE_ATTEMPTS = 3


def execute(
    project: Project,
    build: Callable[[Session], Command | None],
    annotator_id: str | None,
) -> Executed | None:
    """Build a command from the current state, apply it and log it — one transaction.

    ``build`` returns None when there is nothing to do; then nothing is written. Another
    writer may commit the same change between this one's reads and its insert (two taggers
    with one annotator): the unique constraint refuses it, and the command is built again
    in a new transaction from the state that writer left (usually: nothing left to do).
    """
    attempt = 1
    while True:
        try:
            with project.transaction() as session:
                command = build(session)
                if command is None:
                    return None
                changes = command.apply(session)
                event_id, seq = _log(session, command, annotator_id)
                return Executed(event_id, seq, command.describe(), changes)
        except IntegrityError:
            if attempt >= _EXECUTE_ATTEMPTS:
                raise
            attempt += 1


class ChangedElsewhere(ValueError):
    """An undo or redo refused because the sentences it would write were changed since by a
    step this front end did not make (the command line, another window or annotator)."""


def _changed_since(session: Session, event: Event, command: Command, known: Collection[str]) -> bool:
    """Whether a later step that is not in ``known`` wrote one of ``command``'s sentences."""
    touched = command.footprint()
    if not touched:
        return False
    later = session.execute(
        select(Event.id, Event.kind, Event.payload)
        .where(Event.seq > event.seq, Event.state == "done")
        .order_by(Event.seq)
    )
    for event_id, kind, payload in later:
        if event_id in known:
            continue
        try:
            other = command_from(kind, payload)
        except (ValueError, KeyError):
            continue  # a kind this release does not know says nothing about sentences
        if _overlap(touched, other.footprint()):
            return True
    return False


def _flip(project: Project, event_id: str, want: str, known: Collection[str] | None) -> Changes:
    with project.transaction() as session:
        event = session.get(Event, event_id)
        if event is None:
            raise ValueError(f"no event {event_id}")
        expected = "done" if want == "undone" else "undone"
        if event.state != expected:
            return Changes()
        command = command_from(event.kind, event.payload)
        if known is not None and _changed_since(session, event, command, known):
            verb = "undo" if want == "undone" else "redo"
            raise ChangedElsewhere(
                f"cannot {verb} “{command.describe()}”: the sentence was changed elsewhere since "
                "(another window, annotator or the command line); nothing was changed"
            )
        changes = command.revert(session) if want == "undone" else command.apply(session)
        event.state = want
        return changes


def undo(project: Project, event_id: str, known: Collection[str] | None = None) -> Changes:
    """Revert a logged command (no-op if it is already undone).

    With ``known`` (the event ids of the caller's own undo stack), the undo is refused with
    :class:`ChangedElsewhere` when a later step not among them wrote the same sentences."""
    return _flip(project, event_id, "undone", known)


def redo(project: Project, event_id: str, known: Collection[str] | None = None) -> Changes:
    """Re-apply an undone command (no-op if it is already done); ``known`` as for :func:`undo`."""
    return _flip(project, event_id, "done", known)


@dataclass
class LoggedStep:
    event_id: str
    seq: int
    kind: str
    state: str
    description: str


def recent_steps(project: Project, annotator_id: str | None, limit: int = 200) -> list[LoggedStep]:
    """This annotator's latest logged steps, oldest first, to rebuild an undo stack."""
    with project.sessions() as session:
        query = select(Event).order_by(Event.seq.desc()).limit(limit)
        if annotator_id is not None:
            query = query.where(Event.annotator_id == annotator_id)
        events = list(session.scalars(query))
    steps = []
    for event in reversed(events):
        try:
            text = command_from(event.kind, event.payload).describe()
        except (ValueError, KeyError):
            continue
        steps.append(LoggedStep(event.id, event.seq, event.kind, event.state, text))
    return steps
