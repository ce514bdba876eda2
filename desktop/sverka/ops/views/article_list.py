"""The article list: ids filtered and sorted in SQL, row details fetched a page at a time."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Select, case, desc, distinct, func, or_, select
from sqlalchemy.orm import Session

from sverka.db.models import Annotation, Article, Sentence, Text
from sverka.db.search import search_articles

STATUSES = ("todo", "in_progress", "done")
ARTICLE_SORTS = ("position", "title", "date", "languages", "status", "progress")
SEARCH_LIMIT = 100_000


@dataclass(frozen=True)
class ArticleFilter:
    """What the article list shows: a full-text query, a status and a language."""

    text: str = ""
    status: str | None = None
    lang: str | None = None


@dataclass(frozen=True)
class ArticleRow:
    """One line of the article list."""

    id: str
    title: str
    date: str | None
    url: str | None
    status: str
    languages: tuple[str, ...]
    sentences: int
    labeled: int

    @property
    def progress(self) -> float:
        return self.labeled / self.sentences if self.sentences else 0.0


def _original_counts() -> Any:
    """Per article: sentences of the original text and how many carry any label."""
    labeled = select(Annotation.sentence_id).where(Annotation.sentence_id == Sentence.id).exists()
    return (
        select(
            Text.article_id.label("article_id"),
            func.count(Sentence.id).label("n"),
            func.sum(case((labeled, 1), else_=0)).label("m"),
        )
        .join(Sentence, Sentence.text_id == Text.id)
        .where(Text.role == "original")
        .group_by(Text.article_id)
        .subquery()
    )


def _derived_status(counts: Any) -> Any:
    n, m = func.coalesce(counts.c.n, 0), func.coalesce(counts.c.m, 0)
    return case(
        (Article.status == "done", "done"),
        ((n > 0) & (m >= n), "done"),
        ((m > 0) | (Article.status == "in_progress"), "in_progress"),
        else_="todo",
    )


def derive_status(stored: str, sentences: int, labeled: int) -> str:
    """The status shown: stored 'done' wins, otherwise it follows labeling progress."""
    if stored == "done" or (sentences and labeled >= sentences):
        return "done"
    if labeled or stored == "in_progress":
        return "in_progress"
    return "todo"


def _title_contains(session: Session, needle: str) -> Any:
    """The title holds ``needle`` literally, case-insensitively: ``%`` and ``_`` are characters,
    not wildcards, and a pasted text of any length works (SQLite refuses LIKE patterns over
    50,000 bytes: issue 13 row 18, so there it is ``instr``, which has no pattern at all)."""
    if session.get_bind().dialect.name == "sqlite":
        return func.instr(func.lower(Article.title), needle.lower()) > 0
    return Article.title.icontains(needle, autoescape=True)


def article_ids(
    session: Session,
    flt: ArticleFilter | None = None,
    sort: str = "position",
    descending: bool = False,
) -> list[str]:
    """Ids of the articles matching ``flt``, in the requested order (all done in SQL)."""
    flt = flt or ArticleFilter()
    query: Select[Any] = select(Article.id)
    needs_counts = flt.status is not None or sort in ("status", "progress")
    counts = _original_counts() if needs_counts else None
    if counts is not None:
        query = query.outerjoin(counts, counts.c.article_id == Article.id)
    if flt.text.strip():
        found = search_articles(session, flt.text, limit=SEARCH_LIMIT)
        query = query.where(or_(Article.id.in_(found), _title_contains(session, flt.text.strip())))
    if flt.lang:
        query = query.where(
            select(Text.id)
            .where(
                Text.article_id == Article.id,
                func.coalesce(Text.lang_override, Text.lang) == flt.lang,
            )
            .exists()
        )
    if counts is not None and flt.status:
        query = query.where(_derived_status(counts) == flt.status)
    key: Any
    if sort == "title":
        key = func.lower(Article.title)
    elif sort == "date":
        key = Article.date
    elif sort == "languages":
        key = (
            select(func.group_concat(func.coalesce(Text.lang_override, Text.lang), ","))
            .where(Text.article_id == Article.id)
            .scalar_subquery()
        )
    elif sort == "status" and counts is not None:
        key = _derived_status(counts)
    elif sort == "progress" and counts is not None:
        key = func.coalesce(counts.c.m, 0) * 1.0 / func.max(func.coalesce(counts.c.n, 0), 1)
    else:
        key = Article.position
    order = [desc(key) if descending else key, Article.position, Article.created_at]
    return list(session.scalars(query.order_by(*order)))


def article_rows(session: Session, ids: Sequence[str]) -> dict[str, ArticleRow]:
    """Details for a page of article ids (a few queries, whatever the page size)."""
    if not ids:
        return {}
    ids = list(ids)
    langs: dict[str, list[str]] = defaultdict(list)
    for article_id, lang in session.execute(
        select(Text.article_id, func.coalesce(Text.lang_override, Text.lang))
        .where(Text.article_id.in_(ids))
        .order_by(Text.article_id, Text.position)
    ):
        langs[article_id].append(lang)
    counts: dict[str, tuple[int, int]] = {}
    for article_id, n, m in session.execute(
        select(Text.article_id, func.count(Sentence.id), func.count(distinct(Annotation.sentence_id)))
        .join(Sentence, Sentence.text_id == Text.id)
        .outerjoin(Annotation, Annotation.sentence_id == Sentence.id)
        .where(Text.role == "original", Text.article_id.in_(ids))
        .group_by(Text.article_id)
    ):
        counts[article_id] = (int(n), int(m))
    rows = {}
    for a in session.execute(
        select(Article.id, Article.title, Article.date, Article.url, Article.status).where(Article.id.in_(ids))
    ):
        n, m = counts.get(a.id, (0, 0))
        rows[a.id] = ArticleRow(a.id, a.title, a.date, a.url, derive_status(a.status, n, m), tuple(langs[a.id]), n, m)
    return rows


def project_languages(session: Session) -> list[str]:
    """Every text language in the project, most frequent first (for filter menus)."""
    lang = func.coalesce(Text.lang_override, Text.lang)
    return list(session.scalars(select(lang).group_by(lang).order_by(func.count().desc())))
