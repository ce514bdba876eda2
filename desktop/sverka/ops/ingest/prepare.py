"""Preparing drafts for storage: segment, detect languages, make the rows (pure: no database).

Apart from the importer so that a worker process of a big import (sverka.cpu_pool) runs it
without loading SQLAlchemy and the models: a worker's start-up is paid on every import.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from functools import cache
from typing import Any

from sverka.core.langid import LanguageDetector
from sverka.core.readers import ArticleDraft, TextDraft
from sverka.core.segment import segment_spans
from sverka.db.ids import new_id, new_ids
from sverka.progress import CancelToken


def checksum(content: str) -> str:
    """The SHA-256 of a text's stripped content: how a re-import knows a text it has."""
    return hashlib.sha256(content.strip().encode("utf-8")).hexdigest()


@dataclass
class PreparedText:
    row: dict[str, Any]
    sentences: list[dict[str, Any]]


def prepare_text(
    draft: TextDraft, article_id: str, role: str, position: int, detector: LanguageDetector
) -> PreparedText:
    content = draft.content
    text_lang = draft.lang or detector.detect_text(content[draft.body_start :])
    text_id = new_id()
    if draft.spans is not None:  # pre-segmented by its reader (one TMX unit, one sentence)
        spans, langs = draft.spans, [text_lang] * len(draft.spans)
    else:
        spans = segment_spans(content, text_lang)
        langs = detector.detect_spans(content, spans, text_lang)
    ids = new_ids(len(spans))
    sentences = [
        {
            "id": ids[idx],
            "text_id": text_id,
            "idx": idx,
            "start": start,
            "end": end,
            "kind": kind,
            # Titles and timestamps are too short to say anything; they follow the text.
            "lang": text_lang if kind in ("title", "timestamp") else lang,
        }
        for idx, ((start, end, kind), lang) in enumerate(zip(spans, langs, strict=True))
    ]
    row = {
        "id": text_id,
        "article_id": article_id,
        "lang": text_lang,
        "role": role,
        "origin": "imported",
        "content": content,
        "checksum": checksum(content),
        "source": draft.source,
        "position": position,
    }
    return PreparedText(row, sentences)


@dataclass
class PreparedArticle:
    article_id: str
    texts: list[PreparedText]


@cache
def cached_detector(languages: tuple[str, ...] | None) -> LanguageDetector:
    return LanguageDetector(languages)


def prepare_batch(
    drafts: list[ArticleDraft], languages: tuple[str, ...] | None, cancel: CancelToken | None = None
) -> list[PreparedArticle]:
    """Segment and detect a batch of articles (pure: no database). A cancel cuts it short:
    the caller checks the token and drops the batch."""
    detector = cached_detector(languages)
    out = []
    for draft in drafts:
        if cancel is not None and cancel.cancelled:
            break
        article_id = new_id()
        texts = [("original", draft.original)] + [("translation", t) for t in draft.translations]
        out.append(
            PreparedArticle(
                article_id,
                [prepare_text(text, article_id, role, pos, detector) for pos, (role, text) in enumerate(texts)],
            )
        )
    return out
