"""Read-only questions about a project's names: entity lists, variants, mention spans,
lookup by a user's reference, and the style consistency check.

"Visible" mentions are those whose variant and entity are not marked not-a-name; merged
entities (redirects) are never listed. Everything is filtered and counted in SQL.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement, Select, bindparam, func, or_, select
from sqlalchemy.orm import Session

from sverka.core.names.inflect import kazakh_keys, russian_forms
from sverka.core.names.keys import name_key, word_key, words
from sverka.db.models import Article, Entity, Mention, Sentence, Text, Variant
from sverka.db.wording import wording


@dataclass(frozen=True)
class EntityRow:
    id: str
    canonical: str
    kind: str
    origin: str
    key: str | None
    variants: int
    mentions: int
    not_a_name: bool
    style: dict[str, str]


@dataclass(frozen=True)
class VariantRow:
    id: str
    spelling: str
    lang: str | None
    script: str
    origin: str
    not_a_name: bool
    mentions: int


@dataclass(frozen=True)
class Span:
    """A mention inside a sentence's current wording: ``body[start:end]``."""

    start: int
    end: int
    surface: str
    entity_id: str
    canonical: str
    kind: str


def live_entity() -> ColumnElement[bool]:
    """Entities that were not merged into another one."""
    return Entity.data["merged_into"].as_string().is_(None)


def visible_mention() -> ColumnElement[bool]:
    return (Variant.not_a_name.is_(False)) & (Entity.not_a_name.is_(False))


def list_entities(
    session: Session, search: str = "", *, include_hidden: bool = False, limit: int | None = None
) -> list[EntityRow]:
    """Live entities with variant and visible-mention counts, most mentioned first.

    ``search`` matches the canonical name or any variant spelling (case-insensitive).
    """
    counts = (
        select(
            Variant.entity_id.label("eid"),
            func.count(func.distinct(Variant.id)).label("variants"),
            func.count(Mention.id).filter(Variant.not_a_name.is_(False)).label("mentions"),
        )
        .outerjoin(Mention, Mention.variant_id == Variant.id)
        .group_by(Variant.entity_id)
        .subquery()
    )
    query = (
        select(
            Entity.id,
            Entity.canonical,
            Entity.kind,
            Entity.origin,
            func.coalesce(Entity.gazetteer_key, Entity.cluster_key),
            func.coalesce(counts.c.variants, 0),
            func.coalesce(counts.c.mentions, 0),
            Entity.not_a_name,
            Entity.data,
        )
        .outerjoin(counts, counts.c.eid == Entity.id)
        .where(live_entity())
    )
    if not include_hidden:
        query = query.where(Entity.not_a_name.is_(False), func.coalesce(counts.c.mentions, 0) > 0)
    if search.strip():
        # SQLite's lower() and LIKE fold ASCII only, so Cyrillic is also matched through the
        # cross-script key: "алма" finds Alma-Ata and Almaty, "tokaev" finds Тоқаев.
        # ``%`` and ``_`` are literal (autoescape); a pasted page is cut to a length no stored
        # spelling reaches (mentions keep 300 characters), under SQLite's 50,000-byte LIKE limit.
        text = search.strip()[:1000]
        key = name_key(text)
        found = [
            Variant.spelling.contains(text, autoescape=True),
            func.lower(Variant.spelling).contains(text.lower(), autoescape=True),
        ]
        if key:
            found.append(Variant.key.contains(key, autoescape=True))
        spelled = select(Variant.entity_id).where(or_(*found))
        query = query.where(or_(Entity.canonical.contains(text, autoescape=True), Entity.id.in_(spelled)))
    query = query.order_by(func.coalesce(counts.c.mentions, 0).desc(), Entity.canonical)
    if limit is not None:
        query = query.limit(limit)
    return [
        EntityRow(eid, canonical, kind, origin, key, variants, mentions, bool(nan), dict((data or {}).get("style", {})))
        for eid, canonical, kind, origin, key, variants, mentions, nan, data in session.execute(query)
    ]


def entity_variants(session: Session, entity_id: str) -> list[VariantRow]:
    """Variants of one entity with their mention counts, most used first."""
    query = (
        select(
            Variant.id,
            Variant.spelling,
            Variant.lang,
            Variant.script,
            Variant.origin,
            Variant.not_a_name,
            func.count(Mention.id),
        )
        .outerjoin(Mention, Mention.variant_id == Variant.id)
        .where(Variant.entity_id == entity_id)
        .group_by(Variant.id)
        .order_by(func.count(Mention.id).desc(), Variant.spelling)
    )
    return [VariantRow(*row[:5], bool(row[5]), row[6]) for row in session.execute(query)]


def find_entity(session: Session, ref: str) -> str:
    """A live entity by canonical name, id prefix, gazetteer/cluster key or variant spelling.

    Raises LookupError (not found, or ambiguous: the message lists the candidates).
    """
    ref = ref.strip()
    if not ref:
        raise LookupError("empty entity reference")
    tries: list[Any] = [
        func.lower(Entity.canonical) == ref.lower(),
        Entity.gazetteer_key == ref,
        Entity.cluster_key == ref,
        Entity.id.in_(select(Variant.entity_id).where(Variant.spelling == ref)),
    ]
    if len(ref) >= 4:
        tries.insert(1, Entity.id.like(f"{ref}%"))
    for condition in tries:
        found = session.execute(select(Entity.id, Entity.canonical).where(condition, live_entity()).limit(10)).all()
        if len(found) == 1:
            return found[0][0]
        if found:
            names = ", ".join(f"{c} ({i[:8]})" for i, c in found)
            raise LookupError(f"{ref!r} is ambiguous: {names}; use an id prefix")
    raise LookupError(f"no entity {ref!r}")


def find_variant(session: Session, entity_id: str, ref: str) -> str:
    """A variant of ``entity_id`` by exact spelling (then case-insensitive) or id prefix."""
    rows = session.execute(select(Variant.id, Variant.spelling).where(Variant.entity_id == entity_id)).all()
    for match in (
        lambda v: v[1] == ref,
        lambda v: v[1].lower() == ref.lower(),
        lambda v: len(ref) >= 4 and v[0].startswith(ref),
    ):
        hits = [v for v in rows if match(v)]
        if len(hits) == 1:
            return hits[0][0]
    raise LookupError(f"no variant {ref!r} of this entity")


def _body_offsets(start: int, sentence_start: int, in_edit: bool, edited: str | None) -> int | None:
    """Offset of a mention into the sentence's current wording, or None when it is stale
    (detected on the imported text but the sentence was post-edited since, or vice versa)."""
    if in_edit != (edited is not None):
        return None
    return start if in_edit else start - sentence_start


def _spans_query(column: Any) -> Select[*tuple[Any, ...]]:
    """Visible mentions of the sentences whose ``column`` is in the expanding ``:ids``."""
    return (
        select(
            Mention.sentence_id,
            Mention.start,
            Mention.end,
            Mention.in_edit,
            Mention.surface,
            Sentence.start,
            Sentence.edited,
            Entity.id,
            Entity.canonical,
            Entity.kind,
        )
        .join(Sentence, Sentence.id == Mention.sentence_id)
        .join(Variant, Variant.id == Mention.variant_id)
        .join(Entity, Entity.id == Variant.entity_id)
        .where(column.in_(bindparam("ids", expanding=True)), visible_mention())
        .order_by(Mention.start)
    )


# Built once: exports run the by-text query for every chunk, and building the statement anew
# each time cost more CPU than a chunk's (mostly empty) result.
_SPANS_OF_SENTENCES = _spans_query(Mention.sentence_id)
_SPANS_OF_TEXTS = _spans_query(Sentence.text_id)


def _spans_where(
    session: Session, query: Select[*tuple[Any, ...]], ids: Sequence[str], entity_id: str | None = None
) -> dict[str, list[Span]]:
    """Visible mentions by ``query`` (:func:`_spans_query`) of these ids (sentences' or their
    texts'), optionally of one entity, by sentence id; a query per 500 ids."""
    out: dict[str, list[Span]] = defaultdict(list)
    ids = list(ids)
    if entity_id is not None:
        query = query.where(Entity.id == entity_id)
    for i in range(0, len(ids), 500):
        for sid, start, end, in_edit, surface, s_start, edited, eid, canonical, kind in session.execute(
            query, {"ids": ids[i : i + 500]}
        ):
            rel = _body_offsets(start, s_start, bool(in_edit), edited)
            if rel is not None:
                out[sid].append(Span(rel, rel + end - start, surface, eid, canonical, kind))
    return dict(out)


def mention_spans(session: Session, sentence_ids: Sequence[str], entity_id: str | None = None) -> dict[str, list[Span]]:
    """Visible mentions in these sentences (of one entity, or all), by sentence id."""
    return _spans_where(session, _SPANS_OF_SENTENCES, sentence_ids, entity_id)


def mention_spans_in_texts(session: Session, text_ids: Sequence[str]) -> dict[str, list[Span]]:
    """Visible mentions of every sentence of these texts, by sentence id (what
    :func:`mention_spans` gives for all their sentences, in a query per 500 texts: exports
    read whole texts, and binding each sentence id was most of their time)."""
    return _spans_where(session, _SPANS_OF_TEXTS, text_ids)


def follows_style(surface: str, chosen: str, lang: str | None) -> bool:
    """Whether ``surface`` is the chosen spelling, in any Russian or Kazakh case form.

    Spelling counts ("Tokaev" is not "Tokayev"); only case endings are forgiven.
    """
    if surface.casefold() == chosen.casefold():
        return True
    ws, cs = words(surface), words(chosen)
    if len(ws) != len(cs):
        return False
    for w, c in zip(ws, cs, strict=True):
        w, c = w.lower(), c.lower()
        if w == c:
            continue
        if lang in (None, "ru") and w in {f for f, _ in russian_forms(c)}:
            continue
        if lang in (None, "kk") and w.startswith(c) and word_key(w) in kazakh_keys(word_key(c)):
            continue
        return False
    return True


@dataclass(frozen=True)
class StyleIssue:
    """A translated sentence that names an entity otherwise than the project's style."""

    sentence_id: str
    article_id: str
    lang: str
    entity_id: str
    canonical: str
    expected: str
    used: str
    start: int
    end: int
    article_title: str = ""  # where it is (the consistency list showed identical lines without it)
    sentence_idx: int = 0
    sentence: str = ""  # the translated sentence's current wording


def context_snippet(text: str, start: int, end: int, width: int = 28) -> str:
    """The words around ``text[start:end]``, cut at word ends, the span in «»."""
    left, right = text[max(0, start - width) : start], text[end : end + width]
    if start > width and " " in left:
        left = "…" + left.split(" ", 1)[1]
    if len(text) - end > width and " " in right:
        right = right.rsplit(" ", 1)[0] + "…"
    return f"{left}«{text[start:end]}»{right}"


def style_issues(session: Session, roles: Sequence[str] = ("translation",)) -> list[StyleIssue]:
    """Mentions in texts of ``roles`` whose spelling differs from the chosen one for their language."""
    styled = {
        eid: (canonical, data["style"])
        for eid, canonical, data in session.execute(select(Entity.id, Entity.canonical, Entity.data))
        if data and data.get("style")
    }
    if not styled:
        return []
    lang = func.coalesce(Sentence.lang_override, Sentence.lang, Text.lang)
    query = (
        select(
            Mention.sentence_id,
            Text.article_id,
            lang,
            Entity.id,
            Mention.surface,
            Mention.start,
            Mention.end,
            Mention.in_edit,
            Sentence.start,
            Sentence.edited,
            Sentence.end,
            Sentence.idx,
            Text.content,
            Article.title,
        )
        .join(Sentence, Sentence.id == Mention.sentence_id)
        .join(Text, Text.id == Mention.text_id)
        .join(Article, Article.id == Text.article_id)
        .join(Variant, Variant.id == Mention.variant_id)
        .join(Entity, Entity.id == Variant.entity_id)
        .where(Entity.id.in_(list(styled)), Text.role.in_(list(roles)), visible_mention())
        .order_by(Text.article_id, Sentence.idx, Mention.start)
    )
    issues = []
    for row in session.execute(query):
        sid, article_id, code, eid, surface, start, end, in_edit, s_start, edited, s_end, idx, content, title = row
        canonical, style = styled[eid]
        chosen = style.get(code)
        rel = _body_offsets(start, s_start, bool(in_edit), edited)
        if chosen is None or rel is None or follows_style(surface, chosen, code):
            continue
        body = wording(edited, content, s_start, s_end)
        issues.append(
            StyleIssue(
                sid, article_id, code, eid, canonical, chosen, surface, rel, rel + end - start, title or "", idx, body
            )
        )
    return issues
