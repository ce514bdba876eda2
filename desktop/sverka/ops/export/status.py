"""An article's status as exports carry and filter it: the one rule of
``sverka.ops.views.progress`` that the article list, the GUI and ``sverka list`` use."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy.orm import Session

from sverka.ops.views.progress import STATUSES, article_progress

__all__ = ["STATUSES", "article_statuses"]


def article_statuses(session: Session, article_ids: Sequence[str]) -> dict[str, str]:
    """article id -> its status as the article list shows it, for these articles."""
    out: dict[str, str] = {}
    ids = list(article_ids)
    for k in range(0, len(ids), 500):  # under SQLite's bound-parameter limit
        # The grouped counts (one pass over the chunk's sentences) rather than the correlated
        # status column (two counts per article): the same rule, half the export's status time.
        out.update({aid: p.status for aid, p in article_progress(session, ids[k : k + 500]).items()})
    return out
