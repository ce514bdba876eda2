"""Annotators by kind: people, a model's suggestions, and the adjudicated gold.

Gold decisions are annotations of the one annotator of kind ``gold`` (named :data:`GOLD`),
so they use the same tables, commands and undo as a person's labels, and every query that
means "the team's labels" filters on ``kind == 'person'``.
"""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session

from sverka.db.models import ANNOTATOR_KINDS, Annotator

GOLD = "gold"


class AnnotatorError(LookupError):
    """An annotator name is unknown or of the wrong kind; the message is for the user."""


def ensure_annotator(session: Session, name: str, kind: str = "person") -> str:
    """The id of annotator ``name`` of ``kind``, created on first use; a name already taken
    by another kind is refused (a person called "gold" must not become the gold standard)."""
    if kind not in ANNOTATOR_KINDS:
        raise AnnotatorError(f"annotator kind {kind!r} is not one of {', '.join(ANNOTATOR_KINDS)}")
    name = name.strip()
    if not name:
        raise AnnotatorError("annotator name must not be empty")
    found = session.execute(select(Annotator.id, Annotator.kind).where(Annotator.name == name)).first()
    if found is not None:
        if found.kind != kind:
            raise AnnotatorError(f"annotator {name!r} exists as a {found.kind}, not as {kind}")
        return str(found.id)
    annotator = Annotator(name=name, kind=kind)
    session.add(annotator)
    session.flush()
    return annotator.id


def gold_annotator(session: Session) -> str:
    """The id of the gold annotator, created on first use."""
    return ensure_annotator(session, GOLD, "gold")


def gold_id(session: Session) -> str | None:
    return session.scalar(select(Annotator.id).where(Annotator.kind == "gold").order_by(Annotator.created_at))


def people(session: Session, names: Sequence[str] | None = None) -> dict[str, str]:
    """name -> id of the people (kind person), all or the ``names`` asked for, in that order."""
    rows = {r[0]: r[1] for r in session.execute(select(Annotator.name, Annotator.id).where(Annotator.kind == "person"))}
    if names is None:
        return dict(sorted(rows.items()))
    unknown = [n for n in names if n not in rows]
    if unknown:
        raise AnnotatorError(f"no annotator named {', '.join(map(repr, unknown))} in this project")
    return {n: rows[n] for n in names}
