"""Read models of MQM review: issues with their spans, and scores per sentence and per
translation (minor 1, major 5, critical 10 per error; normalised per 100 words, as in WMT).

Views, not commands: the review feature writes issues, the exports and front ends read them here.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from sverka.db.models import Annotator, Article, MqmIssue, Sentence, Text
from sverka.db.wording import wording

SEVERITIES: tuple[str, ...] = ("minor", "major", "critical")
WEIGHTS: dict[str, float] = {"minor": 1.0, "major": 5.0, "critical": 10.0}
_WORD = re.compile(r"\w+")


def weight(severity: str) -> float:
    return WEIGHTS.get(severity, 0.0)


def word_count(text: str) -> int:
    return len(_WORD.findall(text))


def per_100_words(penalty: float, words: int) -> float:
    """WMT-style normalisation, so long and short articles compare."""
    return 100.0 * penalty / words if words else 0.0


def _iso(value: datetime | None) -> str | None:
    return value.isoformat() if value else None


@dataclass(frozen=True)
class IssueRow:
    id: str
    sentence_id: str
    article_id: str
    sentence_idx: int
    start: int
    end: int
    span: str
    category: str
    severity: str
    note: str
    stale: bool
    annotator: str
    created_at: datetime | None

    def as_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "sentence_id": self.sentence_id,
            "article_id": self.article_id,
            "sentence_idx": self.sentence_idx,
            "start": self.start,
            "end": self.end,
            "span": self.span,
            "category": self.category,
            "severity": self.severity,
            "weight": weight(self.severity),
            "note": self.note,
            "stale": self.stale,
            "annotator": self.annotator,
            "created_at": _iso(self.created_at),
        }


def list_issues(
    session: Session, *, article_ids: Iterable[str] | None = None, sentence_ids: Iterable[str] | None = None
) -> list[IssueRow]:
    """Issues with their span text (cut from the current wording), in reading order."""
    query = (
        select(
            MqmIssue,
            Annotator.name,
            Sentence.idx,
            Sentence.edited,
            Sentence.start,
            Sentence.end,
            Text.content,
            Text.article_id,
        )
        .join(Sentence, Sentence.id == MqmIssue.sentence_id)
        .join(Text, Text.id == Sentence.text_id)
        .join(Annotator, Annotator.id == MqmIssue.annotator_id)
        .join(Article, Article.id == Text.article_id)
        .order_by(Article.position, Article.created_at, Text.position, Sentence.idx, MqmIssue.start, MqmIssue.id)
    )
    if article_ids is not None:
        query = query.where(Text.article_id.in_(list(article_ids)))
    if sentence_ids is not None:
        query = query.where(MqmIssue.sentence_id.in_(list(sentence_ids)))
    out = []
    for issue, who, idx, edited, s_start, s_end, content, article_id in session.execute(query):
        body = wording(edited, content, s_start, s_end)
        out.append(
            IssueRow(
                issue.id,
                issue.sentence_id,
                article_id,
                int(idx),
                issue.start,
                issue.end,
                body[issue.start : issue.end],
                issue.category,
                issue.severity,
                issue.note or "",
                issue.stale_span is not None,
                who,
                issue.created_at,
            )
        )
    return out


def sentence_scores(session: Session, sentence_ids: Iterable[str]) -> dict[str, float]:
    """MQM penalty per sentence (only sentences with issues appear)."""
    ids = list(sentence_ids)
    scores: dict[str, float] = defaultdict(float)
    for start in range(0, len(ids), 500):  # stay under SQLite's bound-parameter limit
        for sid, severity in session.execute(
            select(MqmIssue.sentence_id, MqmIssue.severity).where(MqmIssue.sentence_id.in_(ids[start : start + 500]))
        ):
            scores[sid] += weight(severity)
    return dict(scores)


@dataclass
class ArticleScore:
    """One translation's MQM figures: penalty (sum of weights), words, per 100 words."""

    article_id: str
    translation_id: str
    title: str
    issues: int = 0
    penalty: float = 0.0
    words: int = 0
    by_severity: dict[str, int] = field(default_factory=lambda: dict.fromkeys(SEVERITIES, 0))

    @property
    def per_100_words(self) -> float:
        return per_100_words(self.penalty, self.words)

    def as_dict(self) -> dict[str, Any]:
        return {
            "article_id": self.article_id,
            "translation_id": self.translation_id,
            "title": self.title,
            "issues": self.issues,
            "penalty": self.penalty,
            "words": self.words,
            "per_100_words": round(self.per_100_words, 3),
            "by_severity": self.by_severity,
        }


def translation_scores(session: Session, article_ids: Iterable[str] | None = None) -> list[ArticleScore]:
    """MQM figures for every translation (of the given articles), in article order."""
    query = (
        select(Text.id, Text.article_id, Article.title)
        .join(Article, Article.id == Text.article_id)
        .where(Text.role == "translation")
        .order_by(Article.position, Article.created_at, Text.position)
    )
    if article_ids is not None:
        query = query.where(Text.article_id.in_(list(article_ids)))
    scores = {tid: ArticleScore(aid, tid, title) for tid, aid, title in session.execute(query)}
    if not scores:
        return []
    text_of: dict[str, str] = {}
    for sid, tid, edited, start, end, content in session.execute(
        select(Sentence.id, Sentence.text_id, Sentence.edited, Sentence.start, Sentence.end, Text.content)
        .join(Text, Text.id == Sentence.text_id)
        .where(Sentence.text_id.in_(list(scores)))
    ):
        scores[tid].words += word_count(wording(edited, content, start, end))
        text_of[sid] = tid
    for sid, severity in session.execute(
        select(MqmIssue.sentence_id, MqmIssue.severity)
        .join(Sentence, Sentence.id == MqmIssue.sentence_id)
        .where(Sentence.text_id.in_(list(scores)))
    ):
        score = scores[text_of[sid]]
        score.issues += 1
        score.penalty += weight(severity)
        score.by_severity[severity] = score.by_severity.get(severity, 0) + 1
    return list(scores.values())
