"""Post-editing translated sentences: the undoable edit, its revision history and a word diff.

A post-edit writes ``Sentence.edited`` (the stored ``Text.content`` stays verbatim), keeps every
wording as a :class:`~sverka.db.models.Revision` with author and time, marks the text
``post-edited``, and carries the sentence's MQM issues along: spans outside the edit shift with
it, spans the edit touched are kept and flagged (see :mod:`sverka.ops.review.mqm`), never dropped.
Undo puts back exactly what was there: wording, text origin, revision rows and issue spans.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Self

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from sverka.db.models import Annotator, MqmIssue, Revision, Sentence, Text, new_id, utcnow
from sverka.db.wording import sentence_wording
from sverka.ops.history import Changes, Command

_TOKEN = re.compile(r"\w+|\s+|[^\w\s]")


class PostEditError(LookupError):
    """A post-edit that cannot be made (unknown sentence, an original, an empty wording)."""


def _iso(value: datetime | None) -> str | None:
    return value.isoformat() if value else None


def _dt(value: str | None) -> datetime | None:
    return datetime.fromisoformat(value) if value else None


def baseline_origin(text_origin: str, model_id: str | None) -> str:
    """What produced a text's stored wording: once post-edited, the model id still tells."""
    if text_origin != "post-edited":
        return text_origin
    return "machine" if model_id else "imported"


# --- moving MQM spans through an edit ---------------------------------------------------------


def _map(opcodes: Sequence[tuple[str, int, int, int, int]], pos: int, *, end: bool) -> int:
    """Where old offset ``pos`` lands in the new wording (inside a changed block: its edge)."""
    for tag, i1, i2, j1, j2 in opcodes:
        if tag == "equal" and i1 <= pos <= i2:
            return j1 + (pos - i1)
        if i1 <= pos < i2 or (i1 == i2 == pos):
            return j2 if end else j1
    return opcodes[-1][4] if opcodes else pos


def move_span(old: str, new: str, start: int, end: int) -> tuple[int, int, bool]:
    """Map the span [start, end) of ``old`` onto ``new``: (start, end, still_valid).

    A span that no change touches moves by plain offset arithmetic and stays valid; a span
    that an insertion, deletion or replacement reaches into gets its best-guess edges and
    ``still_valid`` False, so the caller flags it for the reviewer instead of losing it.
    """
    opcodes = difflib.SequenceMatcher(None, old, new, autojunk=False).get_opcodes()
    for tag, i1, i2, j1, _j2 in opcodes:
        if tag == "equal" and i1 <= start and end <= i2:
            return j1 + (start - i1), j1 + (end - i1), True
    new_start = _map(opcodes, start, end=False)
    new_end = max(new_start, _map(opcodes, end, end=True))
    return min(new_start, len(new)), min(new_end, len(new)), False


def _issue_moves(session: Session, sentence_id: str, old: str, new: str) -> list[dict[str, Any]]:
    moves = []
    for issue in session.scalars(select(MqmIssue).where(MqmIssue.sentence_id == sentence_id)):
        start, end, valid = move_span(old, new, issue.start, issue.end)
        stale = issue.stale_span
        if not valid and stale is None:
            stale = old[issue.start : issue.end]
        after = {"start": start, "end": end, "stale_span": stale}
        before = {"start": issue.start, "end": issue.end, "stale_span": issue.stale_span}
        if after != before:
            moves.append({"id": issue.id, "before": before, "after": after})
    return moves


# --- the command -------------------------------------------------------------------------------


class PostEdit(Command):
    """New wording for one translated sentence, with its revisions and carried MQM spans."""

    kind = "post_edit"

    def __init__(self, payload: dict[str, Any]) -> None:
        # sentence_id, article_id, text_id, before/after (edited), origin_before/origin_after
        # (text origin), revisions (rows added), issues ([{id, before, after}]).
        self.payload = payload

    def _write(self, session: Session, *, forward: bool) -> Changes:
        p = self.payload
        sentence = session.get(Sentence, p["sentence_id"])
        text = session.get(Text, p["text_id"])
        if sentence is None or text is None:
            raise LookupError(f"no sentence {p['sentence_id']}")
        sentence.edited = p["after"] if forward else p["before"]
        text.origin = p["origin_after"] if forward else p["origin_before"]
        ids = [row["id"] for row in p["revisions"]]
        if forward:
            for row in p["revisions"]:
                session.add(Revision(**{**row, "created_at": _dt(row["created_at"])}))
        else:
            session.execute(delete(Revision).where(Revision.id.in_(ids)))
        for move in p["issues"]:
            issue = session.get(MqmIssue, move["id"])
            if issue is not None:  # removed since (its own undoable step): nothing to carry
                state = move["after"] if forward else move["before"]
                issue.start, issue.end, issue.stale_span = state["start"], state["end"], state["stale_span"]
        session.flush()
        # Carried MQM spans change with the wording.
        return Changes(sentences={p["sentence_id"]}, articles={p["article_id"]}, text=True, review=bool(p["issues"]))

    def apply(self, session: Session) -> Changes:
        return self._write(session, forward=True)

    def revert(self, session: Session) -> Changes:
        return self._write(session, forward=False)

    def to_payload(self) -> dict[str, Any]:
        return self.payload

    @classmethod
    def from_payload(cls, payload: dict[str, Any]) -> Self:
        return cls(payload)

    def describe(self) -> str:
        return "post-edit"


def build_postedit(session: Session, sentence_id: str, new_text: str, annotator_id: str) -> Command | None:
    """Give a translated sentence new wording (None when it already reads so).

    The first post-edit of a sentence also records its prior wording (machine output or the
    imported translation) as a revision, so the history always starts where the text did.
    """
    sentence = session.get(Sentence, sentence_id)
    if sentence is None:
        raise PostEditError(f"no sentence {sentence_id}")
    text = session.get(Text, sentence.text_id)
    assert text is not None  # a foreign key
    if text.role != "translation":
        raise PostEditError("only translated sentences are post-edited; originals stay as imported")
    wording = " ".join(new_text.split())  # one line: sentences are segments, not paragraphs
    if not wording:
        raise PostEditError("the new wording is empty")
    old = sentence_wording(text, sentence)
    if wording == old:
        return None
    now = utcnow()
    revisions: list[dict[str, Any]] = []
    has_history = session.scalar(select(Revision.id).where(Revision.sentence_id == sentence_id).limit(1))
    if has_history is None:
        revisions.append(
            {
                "id": new_id(),
                "sentence_id": sentence_id,
                "body": old,
                "origin": baseline_origin(text.origin, text.model_id) if sentence.edited is None else "post-edited",
                "annotator_id": None,
                "model_id": text.model_id,
                "created_at": _iso(text.created_at),
            }
        )
    revisions.append(
        {
            "id": new_id(),
            "sentence_id": sentence_id,
            "body": wording,
            "origin": "post-edited",
            "annotator_id": annotator_id,
            "model_id": None,
            "created_at": _iso(now),
        }
    )
    return PostEdit(
        {
            "sentence_id": sentence_id,
            "article_id": text.article_id,
            "text_id": text.id,
            "before": sentence.edited,
            "after": wording,
            "origin_before": text.origin,
            "origin_after": "post-edited",
            "revisions": revisions,
            "issues": _issue_moves(session, sentence_id, old, wording),
        }
    )


# --- history and diff --------------------------------------------------------------------------


@dataclass(frozen=True)
class DiffPart:
    """A run of words: ``equal``, ``insert`` (only in the new wording) or ``delete``."""

    op: str
    text: str


def word_diff(old: str, new: str) -> list[DiffPart]:
    """Word-level diff (whitespace and punctuation are tokens too), replacements split in two."""
    a, b = _TOKEN.findall(old), _TOKEN.findall(new)
    parts: list[DiffPart] = []
    for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
        if tag == "equal":
            parts.append(DiffPart("equal", "".join(a[i1:i2])))
            continue
        if i2 > i1:
            parts.append(DiffPart("delete", "".join(a[i1:i2])))
        if j2 > j1:
            parts.append(DiffPart("insert", "".join(b[j1:j2])))
    return parts


def diff_text(parts: list[DiffPart]) -> str:
    """A plain-text rendering for terminals and logs: [-deleted-]{+inserted+}."""
    marks = {"equal": ("", ""), "delete": ("[-", "-]"), "insert": ("{+", "+}")}
    return "".join(marks[p.op][0] + p.text + marks[p.op][1] for p in parts)


@dataclass(frozen=True)
class RevisionRow:
    id: str
    body: str
    origin: str
    annotator: str | None
    model_id: str | None
    created_at: datetime | None


@dataclass(frozen=True)
class SentenceHistory:
    """A translated sentence's wordings: the baseline (machine or imported), now, and between."""

    sentence_id: str
    baseline: str
    baseline_origin: str
    current: str
    edited: bool
    revisions: tuple[RevisionRow, ...]

    @property
    def diff(self) -> list[DiffPart]:
        return word_diff(self.baseline, self.current)


def sentence_history(session: Session, sentence_id: str) -> SentenceHistory:
    """Revisions oldest first, and the wording to diff against (the stored text's span)."""
    sentence = session.get(Sentence, sentence_id)
    if sentence is None:
        raise PostEditError(f"no sentence {sentence_id}")
    text = session.get(Text, sentence.text_id)
    assert text is not None
    rows = session.execute(
        select(Revision, Annotator.name)
        .outerjoin(Annotator, Annotator.id == Revision.annotator_id)
        .where(Revision.sentence_id == sentence_id)
        .order_by(Revision.created_at, Revision.id)
    ).all()
    revisions = tuple(RevisionRow(r.id, r.body, r.origin, name, r.model_id, r.created_at) for r, name in rows)
    return SentenceHistory(
        sentence_id,
        text.content[sentence.start : sentence.end],
        baseline_origin(text.origin, text.model_id),
        sentence_wording(text, sentence),
        sentence.edited is not None,
        revisions,
    )


__all__ = [
    "DiffPart",
    "PostEdit",
    "PostEditError",
    "SentenceHistory",
    "build_postedit",
    "diff_text",
    "move_span",
    "sentence_history",
    "word_diff",
]
