"""Tagging commands: labels, notes and the reviewed mark on sentences.

Each builder reads the current state and returns the command that moves it to the wanted
state (or None when nothing changes); :func:`sverka.ops.history.execute` applies and logs it.
"""

from __future__ import annotations

from abc import abstractmethod
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Self, cast

from sqlalchemy import Table, and_, bindparam, delete, false, insert, or_, select
from sqlalchemy.orm import Session

from sverka.db.models import Annotation, Label, LabelGroup, Note, Sentence, Text, new_id, utcnow
from sverka.db.prepared import Prepared
from sverka.ops.history import Changes, Command, Executed, Inverted, Macro, StateChange

# The tag is the hottest write path (a key press, then a durable commit). Its statements are
# built once, on the tables, and run prepared (sverka.db.prepared: on SQLite the compiled SQL
# goes straight to the session's DBAPI connection): no ORM loading, no statement construction,
# no SQLAlchemy execution machinery per key press.
_ANNOTATION = cast(Table, Annotation.__table__)
_LABEL, _GROUP = cast(Table, Label.__table__), cast(Table, LabelGroup.__table__)
_SENTENCE, _TEXT = cast(Table, Sentence.__table__), cast(Table, Text.__table__)
_ANNOTATION_COLUMNS = (
    _ANNOTATION.c.id,
    _ANNOTATION.c.sentence_id,
    _ANNOTATION.c.label_id,
    _ANNOTATION.c.annotator_id,
    _ANNOTATION.c.link_id,
    _ANNOTATION.c.note,
    _ANNOTATION.c.created_at,
)
_ARTICLE_OF = Prepared(
    select(_TEXT.c.article_id)
    .join(_SENTENCE, _SENTENCE.c.text_id == _TEXT.c.id)
    .where(_SENTENCE.c.id == bindparam("sentence_id"))
)
_LABEL_AND_GROUP = Prepared(
    select(_LABEL.c.name, _LABEL.c.group_id, _GROUP.c.multi)
    .outerjoin(_GROUP, _GROUP.c.id == _LABEL.c.group_id)
    .where(_LABEL.c.id == bindparam("label_id"))
)
# Everything a toggle on one sentence needs, in one round trip: the label (name, group, single
# choice?), the sentence's article, and this annotator's annotations on the sentence that the
# toggle touches — the label's own (it comes off) and, in a single-choice group, its siblings
# (they give way). No row at all: the label or the sentence does not exist.
_SIBLING = _LABEL.alias("sibling")
_TOUCHED = _ANNOTATION.alias("touched")
_TOUCHED_LABEL = _LABEL.alias("touched_label")
_PLAN = Prepared(
    select(
        _LABEL.c.name,
        _LABEL.c.group_id,
        _GROUP.c.multi,
        _TEXT.c.article_id,
        *(_TOUCHED.c[c.key] for c in _ANNOTATION_COLUMNS),
        _TOUCHED_LABEL.c.name,
    )
    .select_from(_SENTENCE)
    .join(_TEXT, _TEXT.c.id == _SENTENCE.c.text_id)
    .join(_LABEL, _LABEL.c.id == bindparam("label_id"))
    .outerjoin(_GROUP, _GROUP.c.id == _LABEL.c.group_id)
    .outerjoin(
        _TOUCHED,
        and_(
            _TOUCHED.c.sentence_id == _SENTENCE.c.id,
            # An IN on the unique (sentence, label, annotator) key's middle column, so the whole
            # key is the lookup (not the annotator's index: all of the annotator's rows).
            _TOUCHED.c.label_id.in_(
                select(_SIBLING.c.id).where(
                    or_(
                        _SIBLING.c.id == _LABEL.c.id,
                        and_(_GROUP.c.multi == false(), _SIBLING.c.group_id == _LABEL.c.group_id),
                    )
                )
            ),
            _TOUCHED.c.annotator_id == bindparam("annotator_id"),
        ),
    )
    .outerjoin(_TOUCHED_LABEL, _TOUCHED_LABEL.c.id == _TOUCHED.c.label_id)
    .where(_SENTENCE.c.id == bindparam("sentence_id"))
)
_INSERT_ANNOTATION = Prepared(insert(_ANNOTATION).values({c.key: bindparam(c.key) for c in _ANNOTATION_COLUMNS}))
_DELETE_ANNOTATION = Prepared(delete(_ANNOTATION).where(_ANNOTATION.c.id == bindparam("annotation_id")))


def _article_of(session: Session, sentence_id: str) -> str:
    found = _ARTICLE_OF.execute(session, {"sentence_id": sentence_id})
    if not found:
        raise LookupError(f"no sentence {sentence_id}")
    return str(found[0][0])


def _changed(session: Session, sentence_id: str) -> Changes:
    return Changes(sentences={sentence_id}, articles={_article_of(session, sentence_id)}, labels=True)


def _iso(value: datetime | None) -> str | None:
    return value.isoformat() if value else None


def _dt(value: str | None) -> datetime | None:
    return datetime.fromisoformat(value) if value else None


class AddAnnotation(Command):
    kind = "add_label"

    def __init__(self, row: dict[str, Any], label_name: str = "", article_id: str | None = None) -> None:
        self.row = row  # id, sentence_id, label_id, annotator_id, note, created_at (ISO)
        self.label_name = label_name
        # Known when the command is built (and logged with it), so applying, undoing and
        # redoing need no query to say which article changed; old events lack it.
        self.article_id = article_id

    def _changes(self, session: Session) -> Changes:
        sentence_id = self.row["sentence_id"]
        article = self.article_id or _article_of(session, sentence_id)
        return Changes(sentences={sentence_id}, articles={article}, labels=True)

    def apply(self, session: Session) -> Changes:
        # A core insert: the tag is the hottest write path, and the unit of work adds nothing here.
        _INSERT_ANNOTATION.execute(session, {**self.row, "created_at": _dt(self.row["created_at"])})
        return self._changes(session)

    def revert(self, session: Session) -> Changes:
        _DELETE_ANNOTATION.execute(session, {"annotation_id": self.row["id"]})
        return self._changes(session)

    def to_payload(self) -> dict[str, Any]:
        payload = {"row": self.row, "label": self.label_name}
        return {**payload, "article": self.article_id} if self.article_id else payload

    @classmethod
    def from_payload(cls, payload: dict[str, Any]) -> Self:
        return cls(payload["row"], payload.get("label", ""), payload.get("article"))

    def describe(self) -> str:
        return f"label {self.label_name}" if self.label_name else "add label"


class RemoveAnnotation(Inverted, AddAnnotation):
    """The mirror image of AddAnnotation: apply deletes, revert puts the same row back."""

    kind = "remove_label"

    def describe(self) -> str:
        return f"remove label {self.label_name}" if self.label_name else "remove label"


def _annotation_row(found: tuple[Any, ...]) -> dict[str, Any]:
    """The logged form of an annotation read with ``_ANNOTATION_COLUMNS`` first."""
    row = dict(zip((c.key for c in _ANNOTATION_COLUMNS), found, strict=False))
    row["created_at"] = _iso(row["created_at"])
    return row


@dataclass(frozen=True)
class _Plan:
    """What :data:`_PLAN` read for one sentence, label and annotator."""

    sentence_id: str
    label_id: str
    label_name: str
    single_choice: bool
    article_id: str
    existing: tuple[Any, ...] | None  # the annotation with this label (its columns, then its label's name)
    siblings: list[tuple[Any, ...]]  # a single-choice group's other labels on the sentence (the same)


def _plan(session: Session, sentence_id: str, label_id: str, annotator_id: str) -> _Plan:
    found = _PLAN.execute(session, {"sentence_id": sentence_id, "label_id": label_id, "annotator_id": annotator_id})
    if not found:  # the label or the sentence is missing: say which (the label first, as always)
        if not _LABEL_AND_GROUP.execute(session, {"label_id": label_id}):
            raise LookupError(f"no label {label_id}")
        raise LookupError(f"no sentence {sentence_id}")
    label_name, group_id, multi, article_id = found[0][:4]
    touched = [row[4:] for row in found if row[4] is not None]
    label_column = 2  # of _ANNOTATION_COLUMNS
    existing = next((row for row in touched if row[label_column] == label_id), None)
    siblings = [row for row in touched if row[label_column] != label_id]
    single = group_id is not None and multi is not None and not multi
    return _Plan(sentence_id, label_id, label_name, single, str(article_id), existing, siblings)


def _removal(plan: _Plan) -> Command | None:
    if plan.existing is None:
        return None
    return RemoveAnnotation(_annotation_row(plan.existing), plan.existing[-1] or "", plan.article_id)


def _addition(plan: _Plan, annotator_id: str, note: str | None) -> Command | None:
    """Put the label on (None when it is there); in a single-choice group it replaces its siblings."""
    if plan.existing is not None:
        return None
    add = AddAnnotation(
        {
            "id": new_id(),
            "sentence_id": plan.sentence_id,
            "label_id": plan.label_id,
            "annotator_id": annotator_id,
            "link_id": None,
            "note": note,
            "created_at": _iso(utcnow()),
        },
        plan.label_name,
        plan.article_id,
    )
    if not plan.single_choice or not plan.siblings:
        return add
    steps: list[Command] = [RemoveAnnotation(_annotation_row(a), a[-1], plan.article_id) for a in plan.siblings]
    return Macro([*steps, add], f"label {plan.label_name}")


def build_add(
    session: Session, sentence_id: str, label_id: str, annotator_id: str, note: str | None = None
) -> Command | None:
    """Put a label on a sentence; in a single-choice group it replaces its siblings."""
    return _addition(_plan(session, sentence_id, label_id, annotator_id), annotator_id, note)


def build_remove(session: Session, sentence_id: str, label_id: str, annotator_id: str) -> Command | None:
    try:
        plan = _plan(session, sentence_id, label_id, annotator_id)
    except LookupError:
        return None  # no such label or sentence: nothing to take off
    return _removal(plan)


@dataclass(frozen=True)
class TagOutcome:
    """What toggling a label on a row decided and did.

    ``on`` says where the label ends up: True when it went on the row's sentences, False when it
    came off. ``command`` is the step run (None: nothing to do), ``changes`` what it changed, and
    ``executed`` the logged event (None until run, or when nothing was run).
    """

    on: bool
    command: Command | None
    changes: Changes = field(default_factory=Changes)
    executed: Executed | None = None


def plan_toggle_row(session: Session, sentence_ids: Sequence[str], label_id: str, annotator_id: str) -> TagOutcome:
    """Decide a toggle on a row of one or more sentences (a 2-1 link's side has two).

    The row's first sentence decides: when it carries the label, the label comes off every
    sentence of the row; otherwise it goes on every sentence that lacks it. One undo step.
    Nothing is written; run ``command`` (e.g. through :func:`toggle_row`).
    """
    if not sentence_ids:
        return TagOutcome(False, None)
    first, rest = sentence_ids[0], sentence_ids[1:]
    # One query for the first sentence decides and builds its step (a tag is a key press).
    plan = _plan(session, first, label_id, annotator_id)
    removal = _removal(plan)
    steps: list[Command | None]
    if removal is not None:
        steps = [removal, *(build_remove(session, sid, label_id, annotator_id) for sid in rest)]
    else:
        add = _addition(plan, annotator_id, None)
        steps = [add, *(build_add(session, sid, label_id, annotator_id) for sid in rest)]
    kept = [step for step in steps if step is not None]
    command = kept[0] if len(kept) == 1 else Macro(kept, kept[0].describe())
    return TagOutcome(removal is None, command)


Build = Callable[[Session], Command | None]


def toggle_row(
    perform: Callable[[Build], Executed | None], sentence_ids: Sequence[str], label_id: str, annotator_id: str
) -> TagOutcome:
    """Toggle a label on a row and run it through ``perform`` — :func:`sverka.ops.history.execute`
    bound to a project, or the GUI's undo stack — which builds, applies and logs it in one
    transaction. The outcome says whether the label went on or off and what changed."""
    planned: list[TagOutcome] = []

    def build(session: Session) -> Command | None:
        planned[:] = [plan_toggle_row(session, sentence_ids, label_id, annotator_id)]
        return planned[0].command

    executed = perform(build)
    if not planned:  # nothing was built (e.g. no project open)
        return TagOutcome(False, None)
    plan = planned[0]
    return TagOutcome(plan.on, plan.command, executed.changes if executed else Changes(), executed)


def build_toggle(session: Session, sentence_id: str, label_id: str, annotator_id: str) -> Command | None:
    """The keyboard action: a label on the sentence comes off, a missing one goes on."""
    return plan_toggle_row(session, [sentence_id], label_id, annotator_id).command


class SetNote(StateChange):
    kind = "set_note"

    def __init__(self, sentence_id: str, annotator_id: str, before: str | None, after: str | None) -> None:
        self.sentence_id, self.annotator_id = sentence_id, annotator_id
        self.before, self.after = before, after

    def _write(self, session: Session, body: str | None) -> Changes:
        note = session.scalar(
            select(Note).where(Note.sentence_id == self.sentence_id, Note.annotator_id == self.annotator_id)
        )
        if body is None or not body.strip():
            if note is not None:
                session.delete(note)
        elif note is None:
            session.add(Note(sentence_id=self.sentence_id, annotator_id=self.annotator_id, body=body))
        else:
            note.body, note.updated_at = body, utcnow()
        session.flush()
        return _changed(session, self.sentence_id)

    def to_payload(self) -> dict[str, Any]:
        return {
            "sentence_id": self.sentence_id,
            "annotator_id": self.annotator_id,
            "before": self.before,
            "after": self.after,
        }

    @classmethod
    def from_payload(cls, payload: dict[str, Any]) -> Self:
        return cls(payload["sentence_id"], payload["annotator_id"], payload["before"], payload["after"])

    def describe(self) -> str:
        return "edit note" if self.after else "delete note"


def build_note(session: Session, sentence_id: str, annotator_id: str, body: str | None) -> Command | None:
    if session.get(Sentence, sentence_id) is None:
        raise LookupError(f"no sentence {sentence_id}")
    before = session.scalar(select(Note.body).where(Note.sentence_id == sentence_id, Note.annotator_id == annotator_id))
    after = body if body and body.strip() else None
    return None if before == after else SetNote(sentence_id, annotator_id, before, after)


class _SentenceField(StateChange):
    """Sets sentence state from ``before`` to ``after`` (JSON values); subclasses say how."""

    def __init__(self, sentence_id: str, before: Any, after: Any) -> None:
        self.sentence_id, self.before, self.after = sentence_id, before, after

    @abstractmethod
    def _assign(self, sentence: Sentence, value: Any) -> None: ...

    def _write(self, session: Session, value: Any) -> Changes:
        sentence = session.get(Sentence, self.sentence_id)
        if sentence is None:
            raise LookupError(f"no sentence {self.sentence_id}")
        self._assign(sentence, value)
        session.flush()
        return _changed(session, self.sentence_id)

    def to_payload(self) -> dict[str, Any]:
        return {"sentence_id": self.sentence_id, "before": self.before, "after": self.after}

    @classmethod
    def from_payload(cls, payload: dict[str, Any]) -> Self:
        return cls(payload["sentence_id"], payload["before"], payload["after"])


class SetReviewed(_SentenceField):
    """The reviewed mark; values are ``[at ISO, annotator id]``."""

    kind = "set_reviewed"

    def _assign(self, sentence: Sentence, value: list[str | None]) -> None:
        sentence.reviewed_at, sentence.reviewed_by = _dt(value[0]), value[1]

    def describe(self) -> str:
        return "mark reviewed" if self.after[0] else "unmark reviewed"


def build_reviewed(
    session: Session, sentence_id: str, annotator_id: str, reviewed: bool | None = None
) -> Command | None:
    """Set (or with ``reviewed=None`` toggle) the sentence's reviewed mark."""
    sentence = session.get(Sentence, sentence_id)
    if sentence is None:
        raise LookupError(f"no sentence {sentence_id}")
    is_reviewed = sentence.reviewed_at is not None
    want = (not is_reviewed) if reviewed is None else reviewed
    if want == is_reviewed:
        return None
    before = [_iso(sentence.reviewed_at), sentence.reviewed_by]
    after: list[str | None] = [_iso(utcnow()), annotator_id] if want else [None, None]
    return SetReviewed(sentence_id, before, after)


class SetLanguage(_SentenceField):
    """A user's correction of a sentence's detected language (kept beside the detection)."""

    kind = "set_language"

    def _assign(self, sentence: Sentence, value: str | None) -> None:
        sentence.lang_override = value

    def describe(self) -> str:
        return f"set language {self.after}" if self.after else "use detected language"


def build_language(session: Session, sentence_id: str, lang: str | None) -> Command | None:
    """Override (or with None/"" clear) a sentence's language."""
    sentence = session.get(Sentence, sentence_id)
    if sentence is None:
        raise LookupError(f"no sentence {sentence_id}")
    wanted = (lang or "").strip().lower() or None
    if wanted is not None and not (2 <= len(wanted) <= 3 and wanted.isalpha()):
        raise LookupError(f"language {lang!r} is not an ISO 639 code such as ru, en, kk")
    if wanted == sentence.lang:
        wanted = None  # the same as detected: no override needed
    return None if wanted == sentence.lang_override else SetLanguage(sentence_id, sentence.lang_override, wanted)
