"""One article side by side: its texts, alignment rows and sentence cells."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from sverka.db.models import Annotation, Article, Label, Link, Note, Sentence, Text
from sverka.db.wording import wording_column


@dataclass(frozen=True)
class TextSide:
    """One language version as the side-by-side header shows it."""

    id: str
    lang: str
    role: str
    origin: str
    model_id: str | None
    source: str | None = None  # the file it came from (names two translations in one language apart)
    created: str | None = None  # when it was imported or made, "YYYY-MM-DD HH:MM"


@dataclass(frozen=True)
class ArticleView:
    id: str
    title: str
    date: str | None
    url: str | None
    original: TextSide | None
    translations: tuple[TextSide, ...]


# Auto rows scoring below this are tinted for review: about the weakest tenth on the demo news.
REVIEW_BELOW = 0.35
Box = tuple[int, int, int, int]  # src_from, src_to, tgt_from, tgt_to (sentence idx ranges)


@dataclass(frozen=True)
class AlignRow:
    """One alignment row: sentence ids on each side (empty for 1-0 / 0-1).

    ``box`` holds the row's sentence idx ranges (what the alignment edits address);
    ``origin`` and ``score`` come from the stored link (None for unaligned 1-1-by-index rows).
    """

    src: tuple[str, ...]
    tgt: tuple[str, ...]
    link_id: str | None = None
    box: Box | None = None
    origin: str | None = None
    score: float | None = None

    @property
    def kind(self) -> str:
        return f"{len(self.src)}-{len(self.tgt)}"

    @property
    def needs_review(self) -> bool:
        """An auto row the aligner was unsure of (null rows score at most 0.5 by design)."""
        return self.origin == "auto" and self.score is not None and self.score < REVIEW_BELOW


@dataclass(frozen=True)
class SentenceCell:
    """A sentence with what this annotator has put on it."""

    id: str
    text: str
    lang: str  # the annotator's override when there is one, else the detected language
    kind: str
    labels: tuple[str, ...]  # label ids, in label order
    note: str | None
    reviewed: bool
    lang_set: bool = False  # True when ``lang`` is a user's override, not the detection
    edited: bool = False  # post-edited: the wording is a reviewer's, not the imported one


def article_view(session: Session, article_id: str) -> ArticleView | None:
    article = session.get(Article, article_id)
    if article is None:
        return None
    sides = [
        TextSide(
            t.id,
            t.lang_override or t.lang,
            t.role,
            t.origin,
            t.model_id,
            t.source,
            t.created_at.strftime("%Y-%m-%d %H:%M") if t.created_at else None,
        )
        for t in session.execute(
            select(
                Text.id,
                Text.lang,
                Text.lang_override,
                Text.role,
                Text.origin,
                Text.model_id,
                Text.source,
                Text.created_at,
            )
            .where(Text.article_id == article_id)
            .order_by(Text.position)
        )
    ]
    original = next((s for s in sides if s.role == "original"), sides[0] if sides else None)
    translations = tuple(s for s in sides if s is not original)
    return ArticleView(article.id, article.title, article.date, article.url, original, translations)


def _sentence_ids(session: Session, text_id: str) -> list[tuple[int, str]]:
    return [
        (int(idx), sid)
        for idx, sid in session.execute(
            select(Sentence.idx, Sentence.id).where(Sentence.text_id == text_id).order_by(Sentence.idx)
        )
    ]


def alignment_rows(session: Session, original_id: str | None, translation_id: str | None) -> list[AlignRow]:
    """Rows of the side-by-side view: one per link, or 1-1 by index when there are none."""
    src = _sentence_ids(session, original_id) if original_id else []
    if translation_id is None:
        return [AlignRow((sid,), ()) for _, sid in src]
    tgt = _sentence_ids(session, translation_id)
    links = list(
        session.execute(
            select(Link.id, Link.src_from, Link.src_to, Link.tgt_from, Link.tgt_to, Link.origin, Link.score)
            .where(Link.translation_id == translation_id)
            .order_by(Link.src_from, Link.tgt_from, Link.src_to, Link.tgt_to)
        )
    )
    if not links:
        rows = []
        for i in range(max(len(src), len(tgt))):
            has_src, has_tgt = i < len(src), i < len(tgt)
            rows.append(
                AlignRow(
                    (src[i][1],) if has_src else (),
                    (tgt[i][1],) if has_tgt else (),
                    box=(min(i, len(src)), min(i + 1, len(src)), min(i, len(tgt)), min(i + 1, len(tgt))),
                )
            )
        return rows
    src_by_idx, tgt_by_idx = dict(src), dict(tgt)
    return [
        AlignRow(
            tuple(src_by_idx[i] for i in range(link.src_from, link.src_to) if i in src_by_idx),
            tuple(tgt_by_idx[i] for i in range(link.tgt_from, link.tgt_to) if i in tgt_by_idx),
            link.id,
            (link.src_from, link.src_to, link.tgt_from, link.tgt_to),
            link.origin,
            link.score,
        )
        for link in links
    ]


def span_box(rows: Sequence[AlignRow]) -> Box | None:
    """The sentence ranges that one relinked row would take: from the first row to the last."""
    boxes = [r.box for r in rows if r.box is not None]
    if not boxes:
        return None
    return (
        min(b[0] for b in boxes),
        max(b[1] for b in boxes),
        min(b[2] for b in boxes),
        max(b[3] for b in boxes),
    )


def untranslated_box(row: AlignRow, translation_side: bool) -> Box | None:
    """The row that marks one side of ``row`` as having no counterpart (1-0 or 0-1).

    The other side's sentences are left to the neighbouring rows by the relink (a 0-1 / 1-0
    row of their own), so the cover of both texts stays complete.
    """
    if row.box is None:
        return None
    s0, s1, t0, t1 = row.box
    if translation_side:
        return (s0, s0, t0, t1) if t1 > t0 else None
    return (s0, s1, t0, t0) if s1 > s0 else None


def sentence_cells(session: Session, sentence_ids: Iterable[str], annotator_id: str | None) -> dict[str, SentenceCell]:
    """Text, labels, note and reviewed mark of the given sentences (for one annotator)."""
    ids = list(dict.fromkeys(sentence_ids))
    if not ids:
        return {}
    labels: dict[str, list[str]] = defaultdict(list)
    notes: dict[str, str] = {}
    if annotator_id is not None:
        for sid, lid in session.execute(
            select(Annotation.sentence_id, Annotation.label_id)
            .join(Label, Label.id == Annotation.label_id)
            .where(Annotation.sentence_id.in_(ids), Annotation.annotator_id == annotator_id)
            .order_by(Label.position)
        ):
            labels[sid].append(lid)
        notes = {
            sid: note
            for sid, note in session.execute(
                select(Note.sentence_id, Note.body).where(Note.sentence_id.in_(ids), Note.annotator_id == annotator_id)
            )
        }
    body = wording_column()
    out = {}
    for row in session.execute(
        select(
            Sentence.id,
            body.label("body"),
            func.coalesce(Sentence.lang_override, Sentence.lang).label("lang"),
            Sentence.lang_override,
            Sentence.kind,
            Sentence.reviewed_at,
            Sentence.edited.is_not(None).label("edited"),
        )
        .join(Text, Text.id == Sentence.text_id)
        .where(Sentence.id.in_(ids))
    ):
        out[row.id] = SentenceCell(
            row.id,
            row.body,
            row.lang,
            row.kind,
            tuple(labels.get(row.id, ())),
            notes.get(row.id),
            row.reviewed_at is not None,
            row.lang_override is not None,
            bool(row.edited),
        )
    return out


def last_article(session: Session, annotator_id: str | None) -> str | None:
    """The article this annotator last labeled, else the first article of the project."""
    if annotator_id is not None:
        found = session.scalar(
            select(Text.article_id)
            .join(Sentence, Sentence.text_id == Text.id)
            .join(Annotation, Annotation.sentence_id == Sentence.id)
            .where(Annotation.annotator_id == annotator_id)
            .order_by(Annotation.created_at.desc())
            .limit(1)
        )
        if found:
            return found
    return session.scalar(select(Article.id).order_by(Article.position, Article.created_at).limit(1))


def article_of_sentence(session: Session, sentence_id: str) -> str | None:
    return session.scalar(
        select(Text.article_id).join(Sentence, Sentence.text_id == Text.id).where(Sentence.id == sentence_id)
    )
