"""The dataset record stream: one record per sentence of an original text, with its aligned
translation, in article order.

Records stream out chunk by chunk (a chunk of articles per query round), so exporting 300,000
sentences keeps memory flat. Each record's keys are laid out in the order of the export's field
sets (:meth:`ExportOptions.chosen_field_sets`), then each set fills its keys for the chunk.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator, Mapping, Sequence
from typing import Any, NamedTuple

from sqlalchemy import select
from sqlalchemy.orm import Session

from sverka.db.models import Article, Link, Sentence, Text
from sverka.db.project import Project
from sverka.ops.export.fields import Chunk, FieldSet, Record, Source, record_keys
from sverka.ops.export.options import ExportOptions
from sverka.ops.export.pairing import aligned, pick_translation
from sverka.ops.export.status import article_statuses
from sverka.progress import Progress, no_progress

CHUNK = 200


class ArticleRow(NamedTuple):
    id: str
    title: str
    date: str | None
    url: str | None
    status: str
    external_id: str | None


def article_order(session: Session, options: ExportOptions) -> list[str]:
    """The ids of the articles to export (options' articles, dates and statuses), in list order."""
    flt = options.filters
    query = select(Article.id).order_by(Article.position, Article.created_at)
    if options.article_ids:
        query = query.where(Article.id.in_(list(options.article_ids)))
    if flt.date_from:
        query = query.where(Article.date >= flt.date_from)
    if flt.date_to:
        query = query.where(Article.date <= flt.date_to)
    ids = list(session.scalars(query))
    if flt.statuses:
        statuses = article_statuses(session, ids)
        ids = [a for a in ids if statuses.get(a) in flt.statuses]
    return ids


def keep_record(record: Record, options: ExportOptions) -> bool:
    """Whether a filled record passes the options' sentence filters."""
    flt = options.filters
    if options.labeled_only and not record["labels"]:
        return False
    if flt.labels and not any(label in flt.labels for label in record["labels"]):
        return False
    if flt.annotators and not any(who in flt.annotators for who in record["annotators"]):
        return False
    if flt.languages and record["lang"] not in flt.languages:
        return False
    return not (flt.reviewed_only and not record["reviewed"])


def record_keys_of(options: ExportOptions) -> list[str]:
    """The keys of every record of an export with these options, in order."""
    return record_keys(options.chosen_field_sets())


def iter_records(
    project: Project, options: ExportOptions | None = None, progress: Progress = no_progress
) -> Iterator[Record]:
    """Yield export records in article order."""
    options = options or ExportOptions()
    sets = options.chosen_field_sets()
    keys = record_keys(sets)
    with project.sessions() as session:
        article_ids = article_order(session, options)
        resolved = options.label_source(session) if options.label_source is not None else None
        for start in range(0, len(article_ids), CHUNK):
            chunk = article_ids[start : start + CHUNK]
            yield from _chunk_records(session, chunk, options, sets, keys, resolved)
            progress(min(start + CHUNK, len(article_ids)), len(article_ids), "exporting")


_TEXT_COLS = (
    Text.id,
    Text.article_id,
    Text.role,
    Text.lang,
    Text.lang_override,
    Text.origin,
    Text.model_id,
    Text.content,
)
_SENTENCE_COLS = (
    Sentence.id,
    Sentence.text_id,
    Sentence.idx,
    Sentence.start,
    Sentence.end,
    Sentence.kind,
    Sentence.lang,
    Sentence.lang_override,
    Sentence.edited,
    Sentence.reviewed_at,
)


def _load(session: Session, article_ids: list[str], options: ExportOptions) -> dict[str, Source]:
    """Each original sentence of these articles with what its record is made from, in order."""
    # Plain column rows, not ORM objects: identity-map bookkeeping was most of the export time.
    # Core rows through the session's connection: the ORM's result layer cost more than the query.
    conn = session.connection()
    statuses = article_statuses(session, article_ids)
    articles = {
        a.id: ArticleRow(a.id, a.title, a.date, a.url, statuses.get(a.id, a.status), a.external_id)
        for a in conn.execute(
            select(Article.id, Article.title, Article.date, Article.url, Article.status, Article.external_id).where(
                Article.id.in_(article_ids)
            )
        ).all()
    }
    texts_by_article: dict[str, list[Any]] = defaultdict(list)
    # .all() throughout: one fetchall per query, not a fetchone round trip per row.
    for text in conn.execute(select(*_TEXT_COLS).where(Text.article_id.in_(article_ids)).order_by(Text.position)).all():
        texts_by_article[text.article_id].append(text)
    text_ids = [t.id for ts in texts_by_article.values() for t in ts]
    sentences: dict[str, list[Any]] = defaultdict(list)
    for sentence in conn.execute(
        select(*_SENTENCE_COLS).where(Sentence.text_id.in_(text_ids)).order_by(Sentence.text_id, Sentence.idx)
    ).all():
        sentences[sentence.text_id].append(sentence)
    links: dict[str, list[Any]] = defaultdict(list)
    for link in conn.execute(
        select(Link.translation_id, Link.src_from, Link.src_to, Link.tgt_from, Link.tgt_to)
        .where(Link.translation_id.in_(text_ids))
        .order_by(Link.src_from)
    ).all():
        links[link.translation_id].append(link)

    sources: dict[str, Source] = {}
    for article_id in article_ids:
        article = articles[article_id]
        texts = texts_by_article[article_id]
        original = next((t for t in texts if t.role == "original"), None)
        if original is None:
            continue
        translation = pick_translation(texts, options.target_lang)
        tgt_sents = sentences[translation.id] if translation else []
        pairs = aligned(sentences[original.id], tgt_sents, links[translation.id] if translation else [])
        for sentence in sentences[original.id]:
            targets, kind = pairs.get(sentence.idx, ([], None))
            sources[sentence.id] = Source(article, original, sentence, translation, targets, kind)
    return sources


def _chunk_records(
    session: Session,
    article_ids: list[str],
    options: ExportOptions,
    sets: tuple[FieldSet, ...],
    keys: list[str],
    resolved: Mapping[str, Sequence[str]] | None,
) -> Iterator[Record]:
    sources = _load(session, article_ids, options)
    # Every key laid out first, so each record reads in field-set order whichever set fills it.
    # (Copies of one laid-out dict: a dict copy is cheaper than building it from the key list.)
    layout = dict.fromkeys(keys)
    chunk = Chunk({sid: layout.copy() for sid in sources}, sources, resolved)
    for field_set in sets:
        field_set.fill(session, chunk)
    for record in chunk.records.values():
        if keep_record(record, options):
            yield record
