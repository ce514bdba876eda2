"""An article's status as exports carry and filter it: the one rule of
``sverka.ops.views.progress`` that the article list, the GUI and ``sverka list`` use."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session

from sverka.db.models import Article
from sverka.ops.views.progress import STATUSES, status_of_article

__all__ = ["STATUSES", "article_statuses"]


def article_statuses(session: Session, article_ids: Sequence[str]) -> dict[str, str]:
    """article id -> its status as the article list shows it, for these articles."""
    out: dict[str, str] = {}
    ids = list(article_ids)
    for k in range(0, len(ids), 500):  # under SQLite's bound-parameter limit
        query = select(Article.id, status_of_article()).where(Article.id.in_(ids[k : k + 500]))
        out.update({aid: status for aid, status in session.execute(query)})
    return out
