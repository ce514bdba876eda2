"""The names fields: each record's name mentions, and optionally its text with names normalized.

``mentions`` lists the original sentence's mentions and ``translation_mentions`` those of its
aligned translation, offsets into the record's ``text`` / ``translation``. The normalized set
adds ``text_normalized`` and ``translation_normalized``: each mention replaced by the entity's
name in that language (the project's style choice, else the gazetteer's spelling, else the
canonical name). The stored text is never rewritten.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from sverka.core.names import load_gazetteer
from sverka.db.models import Entity
from sverka.ops.export.fields import Chunk, FieldSet
from sverka.ops.views.names import Span, mention_spans_in_texts


def _spans_by_sentence(session: Session, chunk: Chunk) -> dict[str, list[Span]]:
    return mention_spans_in_texts(session, [*chunk.original_ids(), *chunk.translation_ids()])


def _entry(span: Span, shift: int, keys: dict[str, str | None]) -> dict[str, Any]:
    return {
        "surface": span.surface,
        "start": span.start + shift,
        "end": span.end + shift,
        "canonical": span.canonical,
        "entity_id": span.entity_id,
        "key": keys.get(span.entity_id),
        "kind": span.kind,
    }


def _keys(session: Session, spans: dict[str, list[Span]]) -> dict[str, str | None]:
    ids = list({s.entity_id for ss in spans.values() for s in ss})
    out: dict[str, str | None] = {}
    for i in range(0, len(ids), 500):
        for eid, gkey, ckey in session.execute(
            select(Entity.id, Entity.gazetteer_key, Entity.cluster_key).where(Entity.id.in_(ids[i : i + 500]))
        ):
            out[eid] = gkey or ckey
    return out


def fill_mentions(session: Session, chunk: Chunk) -> None:
    """``mentions`` (original sentence) and ``translation_mentions``."""
    n = len(chunk.sources)
    spans = _spans_by_sentence(session, chunk)
    if not spans:  # a chunk without a single mention: skip the per-record walk
        chunk.columns["mentions"] = [[] for _ in range(n)]
        chunk.columns["translation_mentions"] = [[] for _ in range(n)]
        return
    keys = _keys(session, spans)
    translations = chunk.column("translation")
    target_ids = chunk.column("translation_sentence_ids")
    chunk.columns["mentions"] = [[_entry(s, 0, keys) for s in spans.get(sid, ())] for sid in chunk.sentence_ids()]
    chunk.columns["translation_mentions"] = [
        _joined_entries(translations[i] or "", target_ids[i] or [], spans, keys) for i in range(n)
    ]


def _joined_entries(
    translation: str, tids: list[str], spans: dict[str, list[Span]], keys: dict[str, str | None]
) -> list[dict[str, Any]]:
    """Translation mentions with offsets into the joined ``translation`` string."""
    out = []
    cursor = 0
    for sid in tids:
        for s in spans.get(sid, ()):
            # Each sentence was stripped and joined with spaces: find it by its surface.
            at = translation.find(s.surface, cursor)
            if at < 0:
                continue
            out.append(_entry(s, at - s.start, keys))
            cursor = at + len(s.surface)
    return out


def _preferred(session: Session, entity_ids: set[str]) -> dict[str, tuple[str, dict[str, str], str | None]]:
    out = {}
    ids = list(entity_ids)
    for i in range(0, len(ids), 500):
        for eid, canonical, data, gkey in session.execute(
            select(Entity.id, Entity.canonical, Entity.data, Entity.gazetteer_key).where(
                Entity.id.in_(ids[i : i + 500])
            )
        ):
            out[eid] = (canonical, dict((data or {}).get("style") or {}), gkey)
    return out


def preferred_name(canonical: str, style: dict[str, str], gazetteer_key: str | None, lang: str | None) -> str:
    """The name to write in ``lang``: style choice, gazetteer spelling, canonical."""
    if lang and lang in style:
        return style[lang]
    if gazetteer_key and lang:
        entity = load_gazetteer().entities.get(gazetteer_key.removeprefix("gaz:"))
        if entity is not None and entity.spellings.get(lang):
            return entity.spellings[lang][0]
    return canonical


def normalize(text: str, mentions: list[dict[str, Any]], names: dict[str, str]) -> str:
    """``text`` with each mention (non-overlapping, offsets into ``text``) replaced."""
    out, last = [], 0
    for m in sorted(mentions, key=lambda m: m["start"]):
        if m["start"] < last or m["entity_id"] not in names:
            continue
        out.append(text[last : m["start"]])
        out.append(names[m["entity_id"]])
        last = m["end"]
    out.append(text[last:])
    return "".join(out)


def fill_normalized(session: Session, chunk: Chunk) -> None:
    """``text_normalized`` and ``translation_normalized`` (reads the mentions of :data:`NAMES`)."""
    cols = chunk.columns
    mentions, translation_mentions = cols["mentions"], cols["translation_mentions"]
    ids = {m["entity_id"] for ms in (*mentions, *translation_mentions) for m in ms}
    info = _preferred(session, ids)
    for field, found, lang_key in (
        ("text", mentions, "lang"),
        ("translation", translation_mentions, "translation_lang"),
    ):
        values, langs = chunk.column(field), chunk.column(lang_key)
        out: list[str | None] = []
        for value, ms, lang in zip(values, found, langs, strict=True):
            names = {eid: preferred_name(*info[eid], lang) for eid in {m["entity_id"] for m in ms}}
            out.append(normalize(value, ms, names) if value is not None else None)
        cols[f"{field}_normalized"] = out


NAMES = FieldSet(
    "names",
    fields=("mentions", "translation_mentions"),
    csv_columns=("mentions", "translation_mentions"),
    fill=fill_mentions,
)
NORMALIZED_NAMES = FieldSet(
    "normalized_names",
    fields=("text_normalized", "translation_normalized"),
    csv_columns=("text_normalized", "translation_normalized"),
    fill=fill_normalized,
    requires=("names",),
)
