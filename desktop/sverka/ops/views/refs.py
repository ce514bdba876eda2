"""How a user names a row from the command line: the full id, or a unique prefix of it.

One rule for every kind of row, so ``sverka review`` takes sentence and issue ids the way
``sverka align`` and ``sverka show`` take article ids (those also accept a list number).
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from sverka.db.models import Article, MqmIssue, Sentence
from sverka.db.project import Project

MIN_PREFIX = 6  # shorter prefixes of a random id match too many rows to be worth a query


def resolve_id(session: Session, model: Any, ref: str, what: str, min_prefix: int = MIN_PREFIX) -> str:
    """The id of the ``model`` row that ``ref`` names (full id or unique prefix); LookupError
    saying ``no {what} …`` or ``… is ambiguous`` otherwise."""
    ref = ref.strip()
    if session.get(model, ref) is not None:
        return ref
    if len(ref) < min_prefix:
        raise LookupError(f"no {what} {ref!r}")
    found = list(session.scalars(select(model.id).where(model.id.like(ref.replace("%", "") + "%")).limit(2)))
    if not found:
        raise LookupError(f"no {what} {ref!r}")
    if len(found) > 1:
        raise LookupError(f"{what} id {ref!r} is ambiguous; give more characters")
    return str(found[0])


def resolve_sentence(session: Session, ref: str) -> str:
    return resolve_id(session, Sentence, ref, "sentence")


def resolve_issue(session: Session, ref: str) -> str:
    return resolve_id(session, MqmIssue, ref, "MQM issue")


def resolve_article(project: Project, ref: str) -> str:
    """An article id from a full id, a unique id prefix, or a 1-based list number."""
    with project.sessions() as session:
        if ref.isdigit() and len(ref) < 8:
            ids = list(session.scalars(select(Article.id).order_by(Article.position, Article.created_at)))
            number = int(ref)
            if 1 <= number <= len(ids):
                return ids[number - 1]
        found = list(session.scalars(select(Article.id).where(Article.id.startswith(ref)).limit(2)))
    if len(found) == 1:
        return found[0]
    raise LookupError(f"no article {ref!r}" if not found else f"article prefix {ref!r} is ambiguous")
