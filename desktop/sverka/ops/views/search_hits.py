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
from bisect import bisect_left
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from sverka.db.models import Entity, Mention, Sentence, Text, Variant
from sverka.db.search import article_keys, article_range, documents, fts_query, matching_rowids, search_sentences
from sverka.db.wording import wording_column
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


def _indexed_sentences(
    session: Session, rowids: Sequence[int], article_ids: Sequence[str]
) -> list[tuple[str, str, str]]:
    """The sentences of these articles among the index's matches ``rowids`` (ascending), in
    reading order: each article's matches are a rowid range, so the first hits of a search
    that matches 170,000 sentences read only the documents of the articles they are in."""
    keys = article_keys(session, article_ids)
    wanted: dict[str, Sequence[int]] = {}
    for aid in article_ids:
        if aid in keys:
            low, high = article_range(keys[aid])
            wanted[aid] = rowids[bisect_left(rowids, low) : bisect_left(rowids, high)]
    docs = {doc[0]: doc[1:] for doc in documents(session, [r for found in wanted.values() for r in found])}
    rows: list[tuple[str, str, str]] = []
    for aid, found in wanted.items():  # each article's matches by (text position, sentence idx)
        rows.extend((aid, sid, body) for _, _, sid, body in sorted(docs[r] for r in found if r in docs))
    return rows


class HitFinder:
    """The hits of one search in a list of articles, found article by article as they are
    needed: the first ones at once, the rest while the user reads (up to ``MAX_HITS``)."""

    ARTICLES_PER_STEP = 16

    def __init__(
        self,
        session: Session,
        query: str,
        article_ids: Sequence[str],
        *,
        names: bool = False,
        matches: list[int] | None = None,
    ) -> None:
        """``matches``: the index's matches of ``query`` when the caller has just read them
        (:class:`~sverka.ops.views.article_list.ArticleListing`), else they are read here."""
        self.hits: list[Hit] = []
        self._ids = list(article_ids)
        self._next = 0
        words = query_words(query)
        self._patterns = _word_patterns(words)
        self.done = not words or not self._ids
        self._indexed = session.get_bind().dialect.name == "sqlite"
        self._fts = fts_query(query)
        self._entities = named_entities(session, query) if names and not self.done else []
        self._only: set[str] | None = None
        self._rowids = matches  # the index's matches (ascending), read at the first need
        if self._indexed and self._entities:  # every sentence is read; the index says which match
            self._only = set(search_sentences(session, query, limit=MAX_HITS * 4))

    @property
    def complete(self) -> bool:
        """Every hit is found: the count is exact (or ``MAX_HITS``, shown as "20000+")."""
        return self.done

    def more(self, session: Session, at_least: int) -> list[Hit]:
        """Find at least ``at_least`` more hits (fewer at the end of the list); the new ones."""
        found: list[Hit] = []
        while not self.done and len(found) < at_least:
            chunk = self._ids[self._next : self._next + self.ARTICLES_PER_STEP]
            self._next += len(chunk)
            found.extend(self._hits_in(session, chunk, MAX_HITS - len(self.hits) - len(found)))
            if self._next >= len(self._ids) or len(self.hits) + len(found) >= MAX_HITS:
                self.done = True
        self.hits.extend(found)
        return found

    def _hits_in(self, session: Session, article_ids: Sequence[str], room: int) -> list[Hit]:
        if self._indexed and not self._entities:  # the index narrows the reading to its matches
            if self._rowids is None:
                self._rowids = matching_rowids(session, self._fts) if self._fts else []
            rows = _indexed_sentences(session, self._rowids, article_ids)
        else:
            rows = _sentences(session, article_ids)
        wanted = set(self._entities)
        mentions = mention_spans(session, [sid for _, sid, _ in rows]) if wanted else {}
        only = self._only
        hits: list[Hit] = []
        for aid, sid, body in rows:
            spans = _word_spans(body, self._patterns) if only is None or sid in only else []
            spans += [(m.start, m.end) for m in mentions.get(sid, ()) if m.entity_id in wanted]
            for start, end in merge_spans(body, spans):
                hits.append(Hit(aid, sid, start, end))
                if len(hits) >= room:
                    return hits
        return hits


def find_hits(session: Session, query: str, article_ids: Sequence[str], *, names: bool = False) -> list[Hit]:
    """Every hit of ``query`` in these articles (in their order, at most ``MAX_HITS``), with
    mentions of the entities it names when ``names`` is set."""
    finder = HitFinder(session, query, article_ids, names=names)
    finder.more(session, MAX_HITS)
    return finder.hits
