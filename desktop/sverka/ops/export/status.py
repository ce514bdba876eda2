"""An article's status as exports carry and filter it.

The one call exports make for it: at the merge with the progress work it becomes a call of
``sverka.ops.views.progress`` (the rule the article list and the GUI use), and nothing else
in the export changes.
"""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy.orm import Session

from sverka.ops.views.article_list import STATUSES, article_rows

__all__ = ["STATUSES", "article_statuses"]


def article_statuses(session: Session, article_ids: Sequence[str]) -> dict[str, str]:
    """article id -> its status as the article list shows it, for these articles."""
    out: dict[str, str] = {}
    ids = list(article_ids)
    for k in range(0, len(ids), 500):  # under SQLite's bound-parameter limit
        out.update({aid: row.status for aid, row in article_rows(session, ids[k : k + 500]).items()})
    return out
