"""The one rule for an article's progress and status, used by every front end and the export.

Progress counts the sentences of the article's **original** text (the denominator never moves
when labels are added or removed) and how many of them are *labeled*: a **person** (annotator
kind ``person``; never ``gold`` adjudications or ``model`` suggestions) put a label on the
sentence itself, or on a translation sentence an alignment link pairs it with (a label given
on the translation side of a row labels the row).

Status: a stored ``done`` wins; otherwise ``done`` once every original sentence is labeled,
``in_progress`` once one is (or when stored so), else ``todo``.

The counts are ``EXISTS`` tests per original sentence, never a count over a join with the
annotations: that join counted a sentence once per label (two labels on one sentence made
``3/12`` of a ten-sentence article). The same rule is given three ways — a grouped subquery
(the article list's filter and sort), a correlated status column (any ``select`` over
``Article``, such as the export's) and a Python function over counts.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from typing import Any

from sqlalchemy import BindParameter, ColumnElement, and_, bindparam, case, func, select
from sqlalchemy.orm import Session, aliased

from sverka.core.status import STATUSES as STATUSES  # re-exported: the rule lives in core (the direct list)
from sverka.core.status import derive_status as derive_status
from sverka.db.models import Annotation, Annotator, Article, Link, Sentence, Text

COUNTED_KIND = "person"


@dataclass(frozen=True)
class Progress:
    """One article's progress: original sentences, how many are labeled, the status shown."""

    sentences: int
    labeled: int
    status: str

    @property
    def fraction(self) -> float:
        return self.labeled / self.sentences if self.sentences else 0.0


def _by_a_person(sentence_id: Any) -> ColumnElement[bool]:
    who = aliased(Annotator)
    return (
        select(Annotation.id)
        .join(who, who.id == Annotation.annotator_id)
        .where(Annotation.sentence_id == sentence_id, who.kind == COUNTED_KIND)
        .exists()
    )


def sentence_labeled(original: Any = Sentence, original_text: Any = Text) -> ColumnElement[bool]:
    """SQL: this original sentence is labeled by a person, itself or through an aligned
    translation sentence (correlated with ``original`` and its text ``original_text``)."""
    translation, target = aliased(Text), aliased(Sentence)
    through_link = (
        select(Link.id)
        .join(translation, translation.id == Link.translation_id)
        .join(
            target,
            and_(target.text_id == Link.translation_id, target.idx >= Link.tgt_from, target.idx < Link.tgt_to),
        )
        .where(
            translation.article_id == original_text.article_id,
            Link.src_from <= original.idx,
            original.idx < Link.src_to,
            _by_a_person(target.id),
        )
        .exists()
    )
    return _by_a_person(original.id) | through_link


def counts_subquery(article_ids: list[str] | BindParameter[Any] | None = None) -> Any:
    """Per article (``article_id``): ``sentences`` of the original and how many are ``labeled``
    (only for ``article_ids`` when given, so a page of the list does not count the project)."""
    query = (
        select(
            Text.article_id.label("article_id"),
            func.count(Sentence.id).label("sentences"),
            func.sum(case((sentence_labeled(), 1), else_=0)).label("labeled"),
        )
        .join(Sentence, Sentence.text_id == Text.id)
        .where(Text.role == "original")
        .group_by(Text.article_id)
    )
    if article_ids is not None:
        query = query.where(Text.article_id.in_(article_ids))
    return query.subquery()


def status_case(stored: Any, sentences: Any, labeled: Any) -> ColumnElement[str]:
    """SQL twin of :func:`derive_status` over columns (NULL counts read as 0)."""
    n, m = func.coalesce(sentences, 0), func.coalesce(labeled, 0)
    return case(
        (stored == "done", "done"),
        ((n > 0) & (m >= n), "done"),
        ((m > 0) | (stored == "in_progress"), "in_progress"),
        else_="todo",
    )


def status_of_article() -> ColumnElement[str]:
    """A column for any ``select`` over :class:`Article`: its status by the rule above."""

    def count(*where: Any) -> Any:
        return (
            select(func.count(Sentence.id))
            .join(Text, Text.id == Sentence.text_id)
            .where(Text.article_id == Article.id, Text.role == "original", *where)
            .scalar_subquery()
        )

    return status_case(Article.status, count(), count(sentence_labeled()))


@cache
def _progress_statement() -> Any:
    """The query of :func:`article_progress`, built once: constructing it (aliases, correlated
    subqueries) cost more than running it, on every refresh of an article-list row."""
    ids: BindParameter[Any] = bindparam("ids", expanding=True)
    counts = counts_subquery(ids)
    return (
        select(Article.id, Article.status, counts.c.sentences, counts.c.labeled)
        .outerjoin(counts, counts.c.article_id == Article.id)
        .where(Article.id.in_(ids))
    )


def article_progress(session: Session, article_ids: Iterable[str]) -> dict[str, Progress]:
    """Progress of these articles (every id given gets an entry)."""
    ids = list(article_ids)
    if not ids:
        return {}
    result: dict[str, Progress] = {}
    for article_id, stored, n, m in session.execute(_progress_statement(), {"ids": ids}):
        n, m = int(n or 0), int(m or 0)
        result[article_id] = Progress(n, m, derive_status(stored, n, m))
    return result
