"""Run the QA checks over a project's aligned translations (a read model: :mod:`sverka.ops.qa`
turns findings into MQM issues, the export's ``qa`` field set attaches them to records).

Reads what it needs with its own queries: texts, sentences (their current wording: the
post-edit if any), alignment links and name mentions (entity of each mention, through its
variant). Translations never aligned, and machine translations, are skipped: QA is about
what a human translator delivered. A mention's entity is the key of the name check, so
spellings curated into one entity (Алматы / Almaty / Алма-Ата) count as the same name;
a text without mentions gets its names from the gazetteer.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from sverka.core.qa import Name, Row, RowFinding, check_row
from sverka.db.models import Article, Entity, Link, Mention, Sentence, Text, Variant
from sverka.db.project import Project
from sverka.db.wording import sentence_wording


@dataclass(frozen=True)
class Finding:
    """One QA finding on one alignment row of a translation."""

    kind: str
    article_id: str
    translation_id: str
    sentence_ids: tuple[str, ...]  # the original's sentences of the row
    translation_sentence_ids: tuple[str, ...]  # the translation's sentences of the row
    detail: str
    severity: str
    row: int  # the row's number in the translation's reading order (0-based)
    side: str  # "original" | "translation": where the span is
    span_sentence_id: str | None  # the sentence the span is in
    start: int
    end: int
    # Where an omission sits in the translation: the translated sentence after the gap
    # (offset 0) or, at the end of the text, the last one (offset = its length).
    gap_sentence_id: str | None = None
    gap_offset: int = 0

    def to_json(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "article_id": self.article_id,
            "translation_id": self.translation_id,
            "sentence_ids": list(self.sentence_ids),
            "translation_sentence_ids": list(self.translation_sentence_ids),
            "detail": self.detail,
            "severity": self.severity,
            "row": self.row,
            "span": {"side": self.side, "sentence_id": self.span_sentence_id, "start": self.start, "end": self.end},
        }


@dataclass
class _Side:
    ids: list[str]
    bodies: list[str]
    names: list[list[Name]] | None


def _lang(text: Any) -> str:
    return str(text.lang_override or text.lang)


def _side(session: Session, text: Any) -> _Side:
    rows = session.execute(
        select(Sentence.id, Sentence.idx, Sentence.start, Sentence.end, Sentence.edited)
        .where(Sentence.text_id == text.id)
        .order_by(Sentence.idx)
    ).all()
    bodies = [sentence_wording(text, r) for r in rows]
    ids = [r.id for r in rows]
    index = {r.id: k for k, r in enumerate(rows)}
    mentions = session.execute(
        select(Mention.sentence_id, Mention.start, Mention.end, Mention.in_edit, Mention.surface, Variant.entity_id)
        .join(Variant, Variant.id == Mention.variant_id)
        .join(Entity, Entity.id == Variant.entity_id)
        .where(Mention.text_id == text.id, Variant.not_a_name.is_(False), Entity.not_a_name.is_(False))
    ).all()
    names: list[list[Name]] | None = None
    if mentions:
        names = [[] for _ in rows]
        for m in mentions:
            k = index.get(m.sentence_id)
            if k is None:
                continue
            # Offsets are into the text, or into the post-edit when the mention is in it.
            shift = 0 if m.in_edit else rows[k].start
            if (rows[k].edited is not None) != bool(m.in_edit):
                continue  # a mention of a wording the sentence no longer has
            names[k].append(Name(m.surface, m.entity_id, m.start - shift, m.end - shift))
    return _Side(ids, bodies, names)


def _row_findings(
    article_id: str,
    translation_id: str,
    n: int,
    link: Any,
    src: _Side,
    tgt: _Side,
    src_lang: str,
    tgt_lang: str,
    kinds: Sequence[str] | None,
) -> list[Finding]:
    s0, s1, t0, t1 = link.src_from, link.src_to, link.tgt_from, link.tgt_to
    row = Row(
        src.bodies[s0:s1],
        tgt.bodies[t0:t1],
        src_lang,
        tgt_lang,
        src.names[s0:s1] if src.names is not None else None,
        tgt.names[t0:t1] if tgt.names is not None else None,
    )
    out = []
    for f in check_row(row, kinds):
        out.append(_finding(f, article_id, translation_id, n, (s0, s1, t0, t1), src, tgt))
    return out


def _finding(
    f: RowFinding, article_id: str, translation_id: str, n: int, span: tuple[int, int, int, int], src: _Side, tgt: _Side
) -> Finding:
    s0, s1, t0, t1 = span
    side = src if f.side == "original" else tgt
    base = s0 if f.side == "original" else t0
    k = base + f.index
    gap_id, gap_offset = None, 0
    if t0 == t1 and tgt.ids:
        if t0 < len(tgt.ids):
            gap_id = tgt.ids[t0]
        else:
            gap_id, gap_offset = tgt.ids[-1], len(tgt.bodies[-1])
    return Finding(
        kind=f.kind,
        article_id=article_id,
        translation_id=translation_id,
        sentence_ids=tuple(src.ids[s0:s1]),
        translation_sentence_ids=tuple(tgt.ids[t0:t1]),
        detail=f.detail,
        severity=f.severity,
        row=n,
        side=f.side,
        span_sentence_id=side.ids[k] if k < len(side.ids) else None,
        start=f.start,
        end=f.end,
        gap_sentence_id=gap_id,
        gap_offset=gap_offset,
    )


def qa_in_session(session: Session, article_id: str, kinds: Sequence[str] | None = None) -> list[Finding]:
    """Findings of one article's aligned human translations, in reading order."""
    texts = list(
        session.execute(
            select(Text.id, Text.role, Text.lang, Text.lang_override, Text.origin, Text.model_id, Text.content)
            .where(Text.article_id == article_id)
            .order_by(Text.position)
        )
    )
    original = next((t for t in texts if t.role == "original"), None)
    if original is None:
        return []
    translations = [t for t in texts if t.role == "translation" and t.origin != "machine" and t.model_id is None]
    links_by_text: dict[str, list[Any]] = defaultdict(list)
    if translations:
        for link in session.execute(
            select(Link.translation_id, Link.src_from, Link.src_to, Link.tgt_from, Link.tgt_to)
            .where(Link.translation_id.in_([t.id for t in translations]))
            .order_by(Link.src_from, Link.tgt_from, Link.src_to, Link.tgt_to)
        ):
            links_by_text[link.translation_id].append(link)
    out: list[Finding] = []
    src: _Side | None = None
    for t in translations:
        links = links_by_text.get(t.id)
        if not links:
            continue
        src = src or _side(session, original)
        tgt = _side(session, t)
        for n, link in enumerate(links):
            if link.src_to > len(src.ids) or link.tgt_to > len(tgt.ids):
                continue  # a link left over from before a re-segmentation
            out.extend(_row_findings(article_id, t.id, n, link, src, tgt, _lang(original), _lang(t), kinds))
    return out


def run_qa(
    project: Project, article_ids: Sequence[str] | None = None, kinds: Sequence[str] | None = None
) -> list[Finding]:
    """QA findings of the given articles (default: all, in the article list's order)."""
    with project.sessions() as session:
        if article_ids is None:
            article_ids = list(session.scalars(select(Article.id).order_by(Article.position, Article.created_at)))
        out: list[Finding] = []
        for article_id in article_ids:
            out.extend(qa_in_session(session, article_id, kinds))
    return out
