"""Annotators by kind: people, a model's suggestions, and the adjudicated gold.

Gold decisions are annotations of the one annotator of kind ``gold`` (named :data:`GOLD`),
so they use the same tables, commands and undo as a person's labels, and every query that
means "the team's labels" filters on ``kind == 'person'``.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session

from sverka.db.models import ANNOTATOR_KINDS, Annotation, Annotator, Label

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


def connected_annotator(session: Session) -> str | None:
    """On a team server: the person whose database role is the connection's (the annotator
    whose credentials opened it); None on a project file or for the owner's connection."""
    bind = session.get_bind()
    if bind.dialect.name != "postgresql":
        return None
    role = session.scalar(select(func.current_user()))
    return session.scalar(select(Annotator.name).where(Annotator.db_role == role, Annotator.kind == "person"))


def annotator_names(session: Session) -> list[str]:
    """Every person's name, for choosing who annotates in a window."""
    return list(session.scalars(select(Annotator.name).where(Annotator.kind == "person").order_by(Annotator.name)))


@dataclass(frozen=True)
class OtherLabel:
    label_id: str
    annotator: str
    kind: str  # person | gold | model


def labels_by_others(
    session: Session, sentence_ids: Iterable[str], annotator_id: str | None
) -> dict[str, list[OtherLabel]]:
    """sentence -> the labels everyone but ``annotator_id`` put on it (people first, then
    gold and models; by label order, then name): the sentence view's "everyone's labels"."""
    ids = list(dict.fromkeys(sentence_ids))
    found: dict[str, list[OtherLabel]] = {}
    if not ids:
        return found
    order = case((Annotator.kind == "person", 0), (Annotator.kind == "gold", 1), else_=2)
    query = (
        select(Annotation.sentence_id, Annotation.label_id, Annotator.name, Annotator.kind)
        .join(Annotator, Annotator.id == Annotation.annotator_id)
        .join(Label, Label.id == Annotation.label_id)
        .where(Annotation.sentence_id.in_(ids))
        .order_by(order, Label.position, Annotator.name)
    )
    if annotator_id is not None:
        query = query.where(Annotation.annotator_id != annotator_id)
    for sentence_id, label_id, name, kind in session.execute(query):
        found.setdefault(sentence_id, []).append(OtherLabel(label_id, name, kind))
    return found
