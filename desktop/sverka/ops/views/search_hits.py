"""Where a search's words are: every hit in the sentences of the articles a search found, in
reading order, so the desktop can mark them, count them ("hit 3 of 17") and step through them.

A hit is a run of characters of a sentence's current wording (:mod:`sverka.db.wording`): a
query word at the start of a word, case-insensitively, in a sentence that has every word of the
query — the rule the article list's full-text search uses to find the articles. Asked to, the
search is **entity-aware**: a query that names an entity (any spelling, any script: "Alma-Ata")
also hits every mention of that entity (Алматы, Алма-Ате, Almaty …), through the names read
model (:mod:`sverka.ops.views.names`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy import text as sql_text
from sqlalchemy.orm import Session

from sverka.db.models import Entity, Mention, Sentence, Text, Variant
from sverka.db.search import fts_query, search_sentences
from sverka.db.wording import wording_column, wording_sql
from sverka.ops.views.names import list_entities, live_entity, mention_spans, visible_mention

MAX_HITS = 20_000  # beyond this the count says "20000+"; stepping still works over these
_CHUNK = 500


@dataclass(frozen=True)
class Hit:
    """Characters ``start:end`` of a sentence's current wording."""

    article_id: str
    sentence_id: str
    start: int
    end: int


def query_words(query: str) -> list[str]:
    return re.findall(r"\w+", query)


def merge_spans(text: str, spans: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """Overlapping spans, and spans joined by one non-space character ("Alma" "-" "Ata"), as one."""
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and (start <= merged[-1][1] or (start == merged[-1][1] + 1 and not text[start - 1].isspace())):
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def word_spans(text: str, words: Sequence[str]) -> list[tuple[int, int]]:
    """Where the words start a word of ``text`` (case-insensitive), in order; empty unless
    every word occurs (a sentence must match the whole query)."""
    return _word_spans(text, _word_patterns(words))


def _word_patterns(words: Sequence[str]) -> list[re.Pattern[str]]:
    return [re.compile(rf"(?<!\w){re.escape(word)}", re.IGNORECASE) for word in words]


def _word_spans(text: str, patterns: Sequence[re.Pattern[str]]) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    for pattern in patterns:
        found = [m.span() for m in pattern.finditer(text)]
        if not found:
            return []
        spans.extend(found)
    return merge_spans(text, spans)


def named_entities(session: Session, query: str) -> list[str]:
    """Ids of the live entities the query names (canonical name or a spelling, any script)."""
    if len(query.strip()) < 3:
        return []  # "Al" would name half the gazetteer
    return [row.id for row in list_entities(session, query.strip())]


def articles_mentioning(session: Session, entity_ids: Sequence[str]) -> list[str]:
    """Articles with a visible mention of one of these entities."""
    if not entity_ids:
        return []
    query = (
        select(Text.article_id)
        .join(Mention, Mention.text_id == Text.id)
        .join(Variant, Variant.id == Mention.variant_id)
        .join(Entity, Entity.id == Variant.entity_id)
        .where(Entity.id.in_(list(entity_ids)), visible_mention(), live_entity())
        .distinct()
    )
    return list(session.scalars(query))


_FTS_SENTENCES = sql_text(
    f"SELECT t.article_id, t.position, s.idx, s.id, {wording_sql()} FROM sentence_fts f "
    "JOIN sentence s ON s.id = f.sentence_id JOIN text t ON t.id = s.text_id "
    "WHERE sentence_fts MATCH :q LIMIT :n"
)


def _ordered(rows: Iterable[Any], article_ids: Sequence[str]) -> list[tuple[str, str, str]]:
    """(article id, sentence id, wording) in reading order: article by article as given, the
    original first, then translations, sentence by sentence; other articles left out."""
    rank = {aid: i for i, aid in enumerate(article_ids)}
    keyed = [(rank[aid], position, idx, aid, sid, body) for aid, position, idx, sid, body in rows if aid in rank]
    keyed.sort()
    return [(aid, sid, body) for _, _, _, aid, sid, body in keyed]


def _sentences(session: Session, article_ids: Sequence[str]) -> list[tuple[str, str, str]]:
    """(article id, sentence id, wording) of every sentence of these articles, in reading order."""
    rows: list[Any] = []
    ids = list(article_ids)
    for k in range(0, len(ids), _CHUNK):
        # The wording is cut in SQL: a row per sentence carrying its whole text's content made
        # the search over a big project read the texts 15-30 times over (issue 17).
        query = (
            select(Text.article_id, Text.position, Sentence.idx, Sentence.id, wording_column())
            .join(Text, Text.id == Sentence.text_id)
            .where(Text.article_id.in_(ids[k : k + _CHUNK]))
        )
        rows.extend(session.execute(query))
    return _ordered(rows, article_ids)


def _indexed_sentences(session: Session, query: str, article_ids: Sequence[str]) -> list[tuple[str, str, str]]:
    """The sentences the full-text index finds for ``query`` (at most ``MAX_HITS * 4``, as
    :func:`~sverka.db.search.search_sentences` finds them) that belong to these articles,
    in reading order: one query, not a scan of every sentence of every article found."""
    fts = fts_query(query)
    if not fts:
        return []
    return _ordered(session.execute(_FTS_SENTENCES, {"q": fts, "n": MAX_HITS * 4}), article_ids)


def find_hits(session: Session, query: str, article_ids: Sequence[str], *, names: bool = False) -> list[Hit]:
    """Every hit of ``query`` in these articles (in their order), with mentions of the entities
    it names when ``names`` is set."""
    words = query_words(query)
    if not words or not article_ids:
        return []
    indexed = session.get_bind().dialect.name == "sqlite"
    entity_ids = named_entities(session, query) if names else []
    only: set[str] | None = None
    if indexed and not entity_ids:  # the index narrows the scan to the sentences it finds
        rows = _indexed_sentences(session, query, article_ids)
    else:
        if indexed:
            only = set(search_sentences(session, query, limit=MAX_HITS * 4))
        rows = _sentences(session, article_ids)
    mentions = mention_spans(session, [sid for _, sid, _ in rows]) if entity_ids else {}
    wanted = set(entity_ids)
    patterns = _word_patterns(words)
    hits: list[Hit] = []
    for aid, sid, body in rows:
        spans = _word_spans(body, patterns) if only is None or sid in only else []
        spans += [(m.start, m.end) for m in mentions.get(sid, ()) if m.entity_id in wanted]
        for start, end in merge_spans(body, spans):
            hits.append(Hit(aid, sid, start, end))
            if len(hits) >= MAX_HITS:
                return hits
    return hits
