"""An article's status as exports carry and filter it: the one rule of
``sverka.ops.views.progress`` that the article list, the GUI and ``sverka list`` use."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from sqlalchemy.orm import Session

from sverka.ops.views.progress import COUNTED_KIND, STATUSES, article_progress, derive_status

__all__ = ["STATUSES", "article_statuses", "statuses_of_chunk"]


def article_statuses(session: Session, article_ids: Sequence[str]) -> dict[str, str]:
    """article id -> its status as the article list shows it, for these articles."""
    out: dict[str, str] = {}
    ids = list(article_ids)
    for k in range(0, len(ids), 500):  # under SQLite's bound-parameter limit
        # The grouped counts (one pass over the chunk's sentences) rather than the correlated
        # status column (two counts per article): the same rule, half the export's status time.
        out.update({aid: p.status for aid, p in article_progress(session, ids[k : k + 500]).items()})
    return out


def statuses_of_chunk(
    articles: Mapping[str, Any],
    texts: Mapping[str, Sequence[Any]],
    sentences: Mapping[str, Sequence[Any]],
    links: Mapping[str, Sequence[Any]],
    annotations: Sequence[Any],
) -> dict[str, str]:
    """article id -> status, by :mod:`sverka.ops.views.progress`'s rule, from the rows an
    export chunk has read anyway (no counting query of its own).

    ``articles``: rows with the stored ``status``; ``texts``: each article's text rows (``id``,
    ``role``); ``sentences``: text id -> its sentence rows (id, text_id, idx, …) for every
    original text; ``links``: translation id -> its link rows (translation_id, src_from,
    src_to, tgt_from, tgt_to); ``annotations``: (text_id, idx, sentence_id, label, annotator,
    annotator kind, …) on every text of the chunk. As in ``sentence_labeled``: an original
    sentence is labeled when a person labeled it, or labeled a sentence of any of the
    article's translations that a link pairs it with.
    """
    by_person = [row for row in annotations if row[5] == COUNTED_KIND]
    labeled_ids = {row[2] for row in by_person}
    labeled_idx: dict[str, set[int]] = {}  # text id -> idx of its sentences a person labeled
    for row in by_person:
        labeled_idx.setdefault(row[0], set()).add(row[1])
    out: dict[str, str] = {}
    for article_id, rows in texts.items():
        through_links: set[int] = set()  # original idx labeled through a translation sentence
        for text in rows:
            marked = labeled_idx.get(text.id) if text.role == "translation" else None
            if not marked:
                continue
            for _, src_from, src_to, tgt_from, tgt_to in links.get(text.id, ()):
                if any(i in marked for i in range(tgt_from, tgt_to)):
                    through_links.update(range(src_from, src_to))
        total = labeled = 0
        for text in rows:
            if text.role != "original":
                continue
            for sentence in sentences.get(text.id, ()):
                total += 1
                if sentence[0] in labeled_ids or sentence[2] in through_links:
                    labeled += 1
        article = articles.get(article_id)
        if article is not None:
            out[article_id] = derive_status(article.status, total, labeled)
    return out
