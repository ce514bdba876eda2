"""The article list: ids filtered and sorted in SQL, row details fetched a page at a time."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Select, desc, func, or_, select
from sqlalchemy.orm import Session

from sverka.db.models import Article, Text
from sverka.db.search import ARTICLE_BITS, ARTICLE_KEYS, fts_query, key_in, matching_articles_clause, matching_rowids
from sverka.ops.views.progress import STATUSES as STATUSES  # re-exported: callers took them from here
from sverka.ops.views.progress import article_progress, counts_subquery, status_case
from sverka.ops.views.progress import derive_status as derive_status
from sverka.ops.views.search_hits import articles_mentioning, named_entities

ARTICLE_SORTS = ("position", "title", "date", "languages", "status", "progress")


@dataclass(frozen=True)
class ArticleFilter:
    """What the article list shows: a full-text query, a status and a language."""

    text: str = ""
    status: str | None = None
    lang: str | None = None
    names: bool = False  # the text also finds every spelling of a name it names (Alma-Ata: Алматы …)


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


def _title_contains(session: Session, needle: str) -> Any:
    """The title holds ``needle`` literally, case-insensitively: ``%`` and ``_`` are characters,
    not wildcards, and a pasted text of any length works (SQLite refuses LIKE patterns over
    50,000 bytes: issue 13 row 18, so there it is ``instr``, which has no pattern at all)."""
    if session.get_bind().dialect.name == "sqlite":
        return func.instr(func.lower(Article.title), needle.lower()) > 0
    return Article.title.icontains(needle, autoescape=True)


@dataclass(frozen=True)
class ArticleListing:
    """The articles a filter lists, in order, and (SQLite, a text filter) the full-text
    index's matches they were found by: the search hits are read from these, not from a
    second pass over the index (issue 17)."""

    ids: list[str]
    matches: list[int] | None = None


def article_ids(
    session: Session,
    flt: ArticleFilter | None = None,
    sort: str = "position",
    descending: bool = False,
) -> list[str]:
    """Ids of the articles matching ``flt``, in the requested order (all done in SQL)."""
    return list_articles(session, flt, sort, descending).ids


def list_articles(
    session: Session,
    flt: ArticleFilter | None = None,
    sort: str = "position",
    descending: bool = False,
) -> ArticleListing:
    """The articles matching ``flt`` in the requested order, with the index matches of its text."""
    flt = flt or ArticleFilter()
    matches: list[int] | None = None
    query: Select[Any] = select(Article.id)
    needs_counts = flt.status is not None or sort in ("status", "progress")
    counts = counts_subquery() if needs_counts else None
    if counts is not None:
        query = query.outerjoin(counts, counts.c.article_id == Article.id)
    if flt.text.strip():
        # A subquery over the index, not its ids bound one by one (30,000 at 1M sentences).
        found = []  # the index first: a listed article is then not looked up for its title
        fts = fts_query(flt.text) if session.get_bind().dialect.name == "sqlite" else ""
        if fts:  # one pass over the index: its matches' articles are their rowids' high bits
            matches = matching_rowids(session, fts)
            query = query.outerjoin(ARTICLE_KEYS, ARTICLE_KEYS.c.article_id == Article.id)
            found.append(key_in(sorted({rowid >> ARTICLE_BITS for rowid in matches})))
        elif (indexed := matching_articles_clause(session, flt.text, Article.id)) is not None:
            found.append(indexed)
        if flt.names:
            found.append(Article.id.in_(articles_mentioning(session, named_entities(session, flt.text))))
        query = query.where(or_(*found, _title_contains(session, flt.text.strip())))
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
        query = query.where(status_case(Article.status, counts.c.sentences, counts.c.labeled) == flt.status)
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
        key = status_case(Article.status, counts.c.sentences, counts.c.labeled)
    elif sort == "progress" and counts is not None:
        key = func.coalesce(counts.c.labeled, 0) * 1.0 / func.max(func.coalesce(counts.c.sentences, 0), 1)
    else:
        key = Article.position
    order = [desc(key) if descending else key, Article.position, Article.created_at]
    if key is Article.position and not descending:  # "position, position, …" kept SQLite off ix_article_order
        order = order[1:]
    # Core, not ORM, execution: the ORM's row loading cost ~2x the query for 30,000 ids.
    return ArticleListing(list(session.connection().execute(query.order_by(*order)).scalars()), matches)


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
    progress = article_progress(session, ids)
    rows = {}
    for a in session.execute(select(Article.id, Article.title, Article.date, Article.url).where(Article.id.in_(ids))):
        p = progress[a.id]
        rows[a.id] = ArticleRow(a.id, a.title, a.date, a.url, p.status, tuple(langs[a.id]), p.sentences, p.labeled)
    return rows


def project_languages(session: Session) -> list[str]:
    """Every text language in the project, most frequent first (for filter menus)."""
    lang = func.coalesce(Text.lang_override, Text.lang)
    return list(session.scalars(select(lang).group_by(lang).order_by(func.count().desc())))
