"""Annotation sessions: a queue of sentences still to label, with a cursor that resumes.

A session is a :class:`~sverka.db.models.WorkSession` row: its filter (the queue), the
sentence the annotator was on, when it started and ended, and how many decisions were made.
The queue itself is never stored; it is a query (sentences this annotator has not labeled
yet, in reading order), so labels made outside the session shrink it too.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Row, Select, func, select, tuple_
from sqlalchemy.orm import Session

from sverka.db.models import Annotation, Article, Sentence, Text, WorkSession, utcnow
from sverka.db.project import Project

READING = "reading"


@dataclass(frozen=True)
class QueueFilter:
    """Which sentences a session queues.

    ``article_ids``: only these articles (empty: all). ``lang``: only sentences in this
    language, of any text (default: the sentences of original texts). ``label_id``: only
    sentences that already carry this label from someone (a second pass / review queue).
    ``order``: the order of the queue — :data:`READING` (as the articles read), or an order the
    suggestions model gives (``uncertainty``, ``label:<label id>``; see
    :mod:`sverka.ops.workflows.suggest_queue`), which falls back to reading order without a model.
    """

    article_ids: tuple[str, ...] = ()
    lang: str | None = None
    label_id: str | None = None
    order: str = "reading"

    def to_json(self) -> dict[str, Any]:
        data = {"article_ids": list(self.article_ids), "lang": self.lang, "label_id": self.label_id}
        return data if self.order == READING else {**data, "order": self.order}

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> QueueFilter:
        order = data.get("order")
        return cls(
            tuple(data.get("article_ids") or ()),
            data.get("lang"),
            data.get("label_id"),
            order if isinstance(order, str) and order else READING,
        )


@dataclass(frozen=True)
class SessionState:
    id: str
    filter: QueueFilter
    cursor: str | None
    started_at: datetime
    decisions: int


def _order() -> list[Any]:
    return [Article.position, Article.id, Text.position, Sentence.idx]


def _queue(annotator_id: str, flt: QueueFilter) -> Select[Any]:
    mine = (
        select(Annotation.id)
        .where(Annotation.sentence_id == Sentence.id, Annotation.annotator_id == annotator_id)
        .exists()
    )
    query = (
        select(Sentence.id)
        .join(Text, Text.id == Sentence.text_id)
        .join(Article, Article.id == Text.article_id)
        .where(~mine, Sentence.kind != "timestamp")
    )
    if flt.article_ids:
        query = query.where(Article.id.in_(flt.article_ids))
    if flt.lang:
        query = query.where(func.coalesce(Sentence.lang_override, Sentence.lang) == flt.lang)
    else:
        query = query.where(Text.role == "original")
    if flt.label_id:
        query = query.where(
            select(Annotation.id)
            .where(Annotation.sentence_id == Sentence.id, Annotation.label_id == flt.label_id)
            .exists()
        )
    return query


def _state(ws: WorkSession) -> SessionState:
    return SessionState(
        ws.id,
        QueueFilter.from_json(ws.queue or {}),
        ws.cursor_sentence_id,
        ws.started_at,
        ws.decisions,
    )


def open_session(project: Project, annotator_id: str) -> SessionState | None:
    """This annotator's unfinished session, to resume where it stopped."""
    with project.sessions() as session:
        ws = session.scalar(
            select(WorkSession)
            .where(WorkSession.annotator_id == annotator_id, WorkSession.ended_at.is_(None))
            .order_by(WorkSession.started_at.desc())
            .limit(1)
        )
        return _state(ws) if ws else None


def start_session(project: Project, annotator_id: str, flt: QueueFilter) -> SessionState:
    """End any open session of this annotator and start a new one with ``flt``."""
    with project.transaction() as session:
        for ws in session.scalars(
            select(WorkSession).where(WorkSession.annotator_id == annotator_id, WorkSession.ended_at.is_(None))
        ):
            ws.ended_at = utcnow()
        ws = WorkSession(annotator_id=annotator_id, queue=flt.to_json(), decisions=0)
        session.add(ws)
        session.flush()
        return _state(ws)


def end_session(project: Project, session_id: str) -> None:
    with project.transaction() as session:
        ws = session.get(WorkSession, session_id)
        if ws is not None and ws.ended_at is None:
            ws.ended_at = utcnow()


def _position(session: Session, sentence_id: str) -> Row[Any] | None:
    """The reading-order key of a sentence (what the queue's order compares), or None."""
    return session.execute(
        select(*_order())
        .select_from(Sentence)
        .join(Text, Text.id == Sentence.text_id)
        .join(Article, Article.id == Text.article_id)
        .where(Sentence.id == sentence_id)
    ).first()


def next_sentence(project: Project, annotator_id: str, state: SessionState, after: str | None) -> str | None:
    """The first queued sentence after ``after`` in reading order (wrapping to the start)."""
    with project.sessions() as session:
        query = _queue(annotator_id, state.filter)
        if after is not None:
            key = _position(session, after)
            if key is not None:
                later = session.scalar(query.where(tuple_(*_order()) > tuple_(*key)).order_by(*_order()).limit(1))
                if later is not None:
                    return later
        return session.scalar(query.order_by(*_order()).limit(1))


def queued(project: Project, annotator_id: str, state: SessionState, after: str | None, limit: int) -> list[str]:
    """Up to ``limit`` queued sentences from the one after ``after`` on, in reading order
    (wrapping to the start): the pool an order by the model picks from."""
    with project.sessions() as session:
        query = _queue(annotator_id, state.filter).order_by(*_order())
        found: list[str] = []
        if after is not None:
            key = _position(session, after)
            if key is not None:
                found = list(session.scalars(query.where(tuple_(*_order()) > tuple_(*key)).limit(limit)))
        if len(found) < limit:
            found += [sid for sid in session.scalars(query.limit(limit)) if sid not in found][: limit - len(found)]
        return found


def remaining(project: Project, annotator_id: str, state: SessionState) -> int:
    """How many sentences of the queue are still unlabeled by this annotator."""
    with project.sessions() as session:
        return int(session.scalar(select(func.count()).select_from(_queue(annotator_id, state.filter).subquery())) or 0)


def record(project: Project, session_id: str, cursor: str | None, decisions: int = 0) -> SessionState | None:
    """Move the session's cursor and count decisions (bookkeeping, not an undoable action)."""
    with project.transaction() as session:
        ws = session.get(WorkSession, session_id)
        if ws is None:
            return None
        ws.cursor_sentence_id = cursor
        ws.decisions = ws.decisions + decisions
        session.flush()
        return _state(ws)


def decisions_per_hour(decisions: int, seconds: float) -> float:
    return decisions * 3600.0 / seconds if seconds > 0 else 0.0
