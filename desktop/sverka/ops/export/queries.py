"""The export's per-chunk queries, each built once for every chunk of every export.

A chunk runs about ten queries. Building their ``select`` expressions anew for each chunk
(columns, joins, an ``IN`` of that chunk's ids) cost more CPU than some of the queries'
SQLite work, and left reference cycles of expression objects behind. Here each statement is
built once, at import, with its ids as one expanding bind parameter (``:ids``, rendered as
``IN (?, ?, …)`` for each list at execution), and :func:`rows_for` runs it on the session's
connection in batches under SQLite's bound-parameter limit.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import BindParameter, Executable, Select, bindparam, select

from sverka.db.models import Annotation, Annotator, Article, Label, Link, MqmIssue, Note, Sentence, Text

BATCH = 500  # ids bound per IN (…): under SQLite's bound-parameter limit

_IDS: BindParameter[list[str]] = bindparam("ids", expanding=True)

ARTICLES = select(Article.id, Article.title, Article.date, Article.url, Article.status, Article.external_id).where(
    Article.id.in_(_IDS)
)

TEXTS = (
    select(
        Text.id,
        Text.article_id,
        Text.role,
        Text.lang,
        Text.lang_override,
        Text.origin,
        Text.model_id,
        Text.content,
    )
    .where(Text.article_id.in_(_IDS))
    .order_by(Text.position)
)

# Of the given texts: (id, text_id, idx, kind, lang, lang_override, start, end, edited, reviewed)
SENTENCES = (
    select(
        Sentence.id,
        Sentence.text_id,
        Sentence.idx,
        Sentence.kind,
        Sentence.lang,
        Sentence.lang_override,
        Sentence.start,
        Sentence.end,
        Sentence.edited,
        Sentence.reviewed_at.is_not(None),  # a flag, not a datetime parsed per row
    )
    .where(Sentence.text_id.in_(_IDS))
    .order_by(Sentence.text_id, Sentence.idx)
)

# Of the given paired translations, what their records use: (id, text_id, idx, start, end,
# edited) — four columns fewer than SENTENCES over a million rows
TARGET_SENTENCES = (
    select(Sentence.id, Sentence.text_id, Sentence.idx, Sentence.start, Sentence.end, Sentence.edited)
    .where(Sentence.text_id.in_(_IDS))
    .order_by(Sentence.text_id, Sentence.idx)
)

# Of the given translations, in the order of ix_link_translation_src (no sort)
LINKS = (
    select(Link.translation_id, Link.src_from, Link.src_to, Link.tgt_from, Link.tgt_to)
    .where(Link.translation_id.in_(_IDS))
    .order_by(Link.translation_id, Link.src_from)
)

# The per-sentence rows of a chunk (annotations, notes, MQM issues) come in two forms built
# from one statement each (its columns and joins, no filter): by the chunk's texts (``:ids``),
# and the ``…_IN_ARTICLE_ORDER`` form, every row of the table with its article first, in the
# articles' list order (:func:`sverka.ops.export.records.article_order`'s, ``id`` breaking
# ties) for a whole export's one pass (:mod:`.streams`) — probing the annotation index from
# each of a million sentences cost three times that scan and sort.
_ARTICLE_ORDER = (Article.position, Article.created_at, Article.id)


def _of_texts(rows: Select[*tuple[Any, ...]]) -> Select[*tuple[Any, ...]]:
    return rows.where(Sentence.text_id.in_(_IDS))


def _in_article_order(rows: Select[*tuple[Any, ...]], role: str | None, *then: Any) -> Select[*tuple[Any, ...]]:
    ordered = (
        rows.with_only_columns(Text.article_id, *rows.selected_columns)
        .join(Text, Text.id == Sentence.text_id)
        .join(Article, Article.id == Text.article_id)
        .order_by(*_ARTICLE_ORDER, *then)
    )
    return ordered.where(Text.role == role) if role is not None else ordered


_ANNOTATION_ROWS = (
    select(
        Sentence.text_id,
        Sentence.idx,
        Annotation.sentence_id,
        Label.name,
        Annotator.name,
        Annotator.kind,
        Annotation.created_at,
        Annotation.note,
    )
    .select_from(Annotation)
    .join(Label, Label.id == Annotation.label_id)
    .join(Annotator, Annotator.id == Annotation.annotator_id)
    .join(Sentence, Sentence.id == Annotation.sentence_id)
)
# On the sentences of the given texts, oldest first
ANNOTATIONS = _of_texts(_ANNOTATION_ROWS).order_by(Annotation.created_at)
ANNOTATIONS_IN_ARTICLE_ORDER = _in_article_order(_ANNOTATION_ROWS, None, Annotation.created_at)

_NOTE_ROWS = (
    select(Note.sentence_id, Annotator.name, Note.body)
    .select_from(Note)
    .join(Annotator, Annotator.id == Note.annotator_id)
    .join(Sentence, Sentence.id == Note.sentence_id)
)
# On the sentences of the given texts: (sentence id, annotator, body)
NOTES = _of_texts(_NOTE_ROWS)
NOTES_IN_ARTICLE_ORDER = _in_article_order(_NOTE_ROWS, "original")

_MQM_ROWS = (
    select(
        MqmIssue.sentence_id,
        MqmIssue.category,
        MqmIssue.severity,
        MqmIssue.start,
        MqmIssue.end,
        MqmIssue.note,
        MqmIssue.stale_span.is_not(None),
        Annotator.name,
    )
    .select_from(MqmIssue)
    .join(Annotator, Annotator.id == MqmIssue.annotator_id)
    .join(Sentence, Sentence.id == MqmIssue.sentence_id)
)
# On the sentences of the given texts, in span order: (sentence id, category, severity, start,
# end, note, stale, annotator) — plain columns, not ORM objects per issue
MQM_ISSUES = _of_texts(_MQM_ROWS).order_by(MqmIssue.start, MqmIssue.created_at)
MQM_ISSUES_IN_ARTICLE_ORDER = _in_article_order(_MQM_ROWS, "translation", MqmIssue.start, MqmIssue.created_at)


_driver_sql: dict[tuple[int, int], str] = {}  # (statement, id count) -> its SQLite text


def tuples_for(conn: Any, statement: Select[*tuple[Any, ...]], ids: Sequence[str]) -> list[tuple[Any, ...]]:
    """What :func:`rows_for` gives, as plain tuples, for a statement whose columns need no
    result processing (text and integers: SQLite's own values are the rows' values).

    On SQLite the statement's SQL, rendered once per id count, runs on the driver's cursor:
    SQLAlchemy's execution and row objects cost about as much CPU again as SQLite's reading
    of a chunk's sentences and links. Other databases take the ordinary path.
    """
    if conn.dialect.name != "sqlite":
        return [tuple(row) for row in rows_for(conn, statement, ids)]
    driver = conn.connection.driver_connection
    rows: list[tuple[Any, ...]] = []
    for at in range(0, len(ids), BATCH):
        batch = list(ids[at : at + BATCH])
        key = (id(statement), len(batch))
        sql = _driver_sql.get(key)
        if sql is None:
            # Rendered with n placeholders (one per id): the statement's SQL, IN (?, ?, …).
            rendered = statement.params(ids=batch)
            sql = rendered.compile(dialect=conn.dialect, compile_kwargs={"render_postcompile": True}).string
            _driver_sql[key] = sql
        rows.extend(driver.execute(sql, batch).fetchall())
    return rows


def rows_for(conn: Any, statement: Executable, ids: Sequence[str]) -> list[Any]:
    """Every row of ``statement`` for these ids, a query per :data:`BATCH` of them (none for none)."""
    rows: list[Any] = []
    for at in range(0, len(ids), BATCH):
        # .all(): one fetchall per query, not a fetchone round trip per row.
        rows.extend(conn.execute(statement, {"ids": list(ids[at : at + BATCH])}).all())
    return rows
