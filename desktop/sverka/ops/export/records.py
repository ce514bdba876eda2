"""The dataset record stream: one record per sentence of an original text, with its aligned
translation, in article order.

Records stream out chunk by chunk (a chunk of articles per query round), so exporting a
million sentences keeps memory flat. A chunk is read by a few set-based queries of plain
columns through the session's connection (no ORM objects, no query per record; each
statement built once, :mod:`.queries`): the
articles, their texts, the sentences of the originals and of the paired translations with
their wording computed in SQL, the alignment links, and the annotations of every text of the
chunk — which give both the ``annotations`` field and the articles' status (the one rule of
:mod:`sverka.ops.views.progress`, applied to these rows by :func:`.status.statuses_of_chunk`).
Each field set then fills its keys' columns of the :class:`Chunk` (:mod:`.fields`).
"""

from __future__ import annotations

import gc
from collections import defaultdict
from collections.abc import Iterator, Mapping, Sequence
from typing import Any, NamedTuple

from sqlalchemy import select
from sqlalchemy.orm import Session

from sverka.db.models import Article
from sverka.db.project import Project
from sverka.ops.export import queries
from sverka.ops.export.fields import Chunk, Record, Source, record_keys
from sverka.ops.export.options import ExportOptions
from sverka.ops.export.pairing import aligned, pick_translation
from sverka.ops.export.queries import rows_for, tuples_for
from sverka.ops.export.status import article_statuses, statuses_of_chunk
from sverka.ops.export.streams import Streams
from sverka.progress import Progress, no_progress

CHUNK = 200


class TextRow(NamedTuple):
    """A text of the chunk (:data:`.queries.TEXTS`): a plain tuple, since every record reads
    its paired translation's fields (a SQLAlchemy row's attribute cost 1 µs a read)."""

    id: str
    article_id: str
    role: str
    lang: str
    lang_override: str | None
    origin: str
    model_id: str | None
    content: str


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
    # id breaks ties: the export's streams (:mod:`.streams`) read in this same order
    query = select(Article.id).order_by(Article.position, Article.created_at, Article.id)
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


def _kept_rows(chunk: Chunk, options: ExportOptions) -> list[int] | None:
    """The rows of a filled chunk that pass :func:`keep_record`; None: all of them."""
    if not (options.labeled_only or options.filters.sentence_level()):
        return None
    cols = chunk.columns
    keys = ("labels", "annotators", "lang", "reviewed")
    return [
        i
        for i, values in enumerate(zip(*(cols[k] for k in keys), strict=True))
        if keep_record(dict(zip(keys, values, strict=True)), options)
    ]


def record_keys_of(options: ExportOptions) -> list[str]:
    """The keys of every record of an export with these options, in order."""
    return record_keys(options.chosen_field_sets())


def iter_chunks(
    project: Project, options: ExportOptions | None = None, progress: Progress = no_progress, articles: int = CHUNK
) -> Iterator[Chunk]:
    """Yield the filled, filtered chunks of an export in article order (columns by key), each
    of ``articles`` articles: fewer hold less at once (~4 kB a record), more make fewer queries."""
    options = options or ExportOptions()
    sets = options.chosen_field_sets()
    # No cyclic garbage collection while exporting: a chunk makes hundreds of thousands of
    # lists and dicts (none in a cycle; reference counting frees each chunk), and the
    # collector's full passes over them and everything else alive were a quarter of the time.
    collecting = gc.isenabled()
    gc.disable()
    try:
        with project.sessions() as session:
            article_ids = article_order(session, options)
            resolved = options.label_source(session) if options.label_source is not None else None
            with Streams(session.connection(), article_ids) as streams:
                for start in range(0, len(article_ids), articles):
                    chunk = load_chunk(session, article_ids[start : start + articles], options, resolved, streams)
                    for field_set in sets:
                        field_set.fill(session, chunk)
                    rows = _kept_rows(chunk, options)
                    if rows is not None:
                        chunk.keep(rows)
                    if chunk.sources:
                        yield chunk
                    del chunk  # before the next one loads: two chunks alive at once were the peak RSS
                    # Reference counting frees the chunk, but running its queries leaves a few
                    # SQLAlchemy objects in reference cycles (8 a chunk since the statements are
                    # built once, :mod:`.queries`; 93 while each chunk built its own, 11 MB of peak
                    # RSS at 1M rows with the collector off). A young-generation pass here, with
                    # the chunk gone, sees only what was made since the last (< 1 ms).
                    gc.collect(0)
                    progress(min(start + articles, len(article_ids)), len(article_ids), "exporting")
    finally:
        if collecting:
            gc.enable()


def iter_records(
    project: Project, options: ExportOptions | None = None, progress: Progress = no_progress
) -> Iterator[Record]:
    """Yield export records in article order, their keys in field-set order."""
    options = options or ExportOptions()
    keys = record_keys_of(options)
    for chunk in iter_chunks(project, options, progress):
        columns = [chunk.columns[k] for k in keys]
        del chunk  # the columns are all a record needs; the rest goes before the next chunk loads
        for row in zip(*columns, strict=True):
            yield dict(zip(keys, row, strict=True))
        del columns


def _sentence_rows(rows: list[Any], content: str) -> list[tuple[Any, ...]]:
    """A text's sentences as records use them: (id, text_id, idx, kind, lang, text, edited,
    reviewed), the language resolved (override first) and the wording by sverka.db.wording's
    rule, inlined (Python slices of the text fetched once; SQL substr walks the text's
    characters from its start for every sentence, twice the time)."""
    return [
        (
            sid,
            tid,
            idx,
            kind,
            override or lang,
            edited if edited is not None else content[start:end],
            edited is not None,
            bool(reviewed),
        )
        for sid, tid, idx, kind, lang, override, start, end, edited, reviewed in rows
    ]


def _target_rows(rows: list[Any], content: str) -> list[tuple[Any, ...]]:
    """A paired translation's sentences in :func:`_sentence_rows`' layout, with what records
    use of them (id, idx, wording, edited; kind and language None, reviewed False)."""
    return [
        (sid, tid, idx, None, None, edited if edited is not None else content[start:end], edited is not None, False)
        for sid, tid, idx, start, end, edited in rows
    ]


def load_chunk(
    session: Session,
    article_ids: list[str],
    options: ExportOptions,
    resolved: Mapping[str, Sequence[str]] | None,
    streams: Streams | None = None,
) -> Chunk:
    """The sources of a chunk of articles (each original sentence, in order) and its
    annotations: from ``streams`` when the export reads them in passes, else queried."""
    conn = session.connection()  # core rows: the ORM's identity map was most of the export time
    stored = {a.id: a for a in rows_for(conn, queries.ARTICLES, article_ids)}
    texts_by_article: dict[str, list[TextRow]] = defaultdict(list)
    for row in tuples_for(conn, queries.TEXTS, article_ids):
        texts_by_article[row[1]].append(TextRow(*row))
    originals: list[str] = []  # every original text (each counts in its article's progress)
    paired: dict[str, Any] = {}  # article id -> (first original, paired translation)
    translations: list[str] = []  # every translation text (a label on any counts, see progress)
    for article_id, texts in texts_by_article.items():
        firsts = [t for t in texts if t.role == "original"]
        originals.extend(t.id for t in firsts)
        translations.extend(t.id for t in texts if t.role == "translation")
        if firsts:
            paired[article_id] = (firsts[0], pick_translation(texts, options.target_lang))
    fetched: dict[str, list[Any]] = defaultdict(list)
    # tuples_for: the biggest reads of a chunk (every sentence, every link) straight from SQLite
    for sentence in tuples_for(conn, queries.SENTENCES, originals):
        fetched[sentence[1]].append(sentence)
    target_rows: dict[str, list[Any]] = defaultdict(list)
    for target in tuples_for(conn, queries.TARGET_SENTENCES, [tr.id for _, tr in paired.values() if tr is not None]):
        target_rows[target[1]].append(target)
    contents = {t.id: t.content for texts in texts_by_article.values() for t in texts}
    sentences = defaultdict(list, {tid: _sentence_rows(rows, contents[tid]) for tid, rows in fetched.items()})
    sentences.update({tid: _target_rows(rows, contents[tid]) for tid, rows in target_rows.items()})
    links: dict[str, list[Any]] = defaultdict(list)
    for link in tuples_for(conn, queries.LINKS, translations):
        links[link[0]].append(link)  # (translation_id, src_from, src_to, tgt_from, tgt_to)
    prefetched = streams.take(article_ids) if streams is not None else {}
    annotations = prefetched.pop("annotations", None)
    if annotations is None:
        annotations = rows_for(conn, queries.ANNOTATIONS, [*originals, *translations])
    statuses = statuses_of_chunk(stored, texts_by_article, sentences, links, annotations)

    sources: list[Source] = []
    for article_id in article_ids:
        if article_id not in paired:
            continue
        a = stored[article_id]
        article = ArticleRow(a.id, a.title, a.date, a.url, statuses.get(article_id, a.status), a.external_id)
        original, translation = paired[article_id]
        own = sentences[original.id]
        if translation is None:
            pairs = aligned(own, [], [])
        else:
            pairs = aligned(own, sentences[translation.id], links[translation.id])
        for sentence in own:
            targets, kind = pairs.get(sentence[2], ([], None))
            sources.append(Source(article, original.id, sentence, translation, targets, kind))
    first_originals = set(paired[a][0].id for a in paired)
    own_annotations = [row[2:] for row in annotations if row[0] in first_originals]
    return Chunk(sources, resolved, annotations=own_annotations, prefetched=prefetched)
