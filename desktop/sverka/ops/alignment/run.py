"""Sentence alignment of an article's translations with its original, stored as links.

:func:`align_article` and :func:`align_project` run the aligner of :mod:`sverka.core.align`:
each translation's auto links are replaced in one transaction, and its manual links are
passed to the aligner as fixed beads, so a re-run never moves them. Hand edits of the rows
(merge, split, relink) are undoable commands in :mod:`sverka.ops.alignment.edits`.

Machine texts are skipped unless named: Sverka translates sentence by sentence, so they are
paired with the original by index already.
"""

from __future__ import annotations

import time
from collections import Counter, defaultdict, deque
from collections.abc import Iterator, Sequence
from concurrent.futures import Future
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, cast

from sqlalchemy import Table, delete, select
from sqlalchemy.orm import Session

from sverka.core.align import AlignJob, Bead, Similarity, align, align_jobs, paragraph_starts
from sverka.core.align_similarity import mt_similarity
from sverka.cpu_pool import CpuPool
from sverka.db.bulk import bulk_insert, new_ids
from sverka.db.models import Link, Sentence, Text
from sverka.db.mt_cache import cached_outputs, source_hash
from sverka.db.project import Project
from sverka.db.wording import sentence_wording
from sverka.progress import CancelToken, Progress, no_progress

if TYPE_CHECKING:
    from sverka.core.mt.translator import Translator

LinkRow = dict[str, Any]  # id, src_from, src_to, tgt_from, tgt_to, origin, score
# align_project commits after this many articles or this much work (see there).
GROUP_ARTICLES = 200
GROUP_SECONDS = 0.5
_FIRST_LOAD = 8  # articles read by a group's first set of queries (then 16, 32, …)
_IN_CHUNK = 500  # ids per IN (...) clause: under SQLite's bound-parameter limit
# With a worker pool: articles per job, and jobs read and sent ahead of the one written
# (two workers busy and one queued while the writer writes).
POOL_SLICE = 40
POOL_AHEAD = 3

_LINK_COLS = (Link.id, Link.src_from, Link.src_to, Link.tgt_from, Link.tgt_to, Link.origin, Link.score)
_TEXT_COLS = (Text.id, Text.role, Text.lang, Text.lang_override, Text.origin, Text.model_id, Text.content)


@dataclass
class AlignSummary:
    """What an alignment run did: links written by kind, manual links kept, skips."""

    articles: int = 0
    translations: int = 0
    kinds: Counter[str] = field(default_factory=Counter)  # all links now stored, by "1-1", "2-1", …
    manual: int = 0  # manual links kept as they were
    with_mt: int = 0  # translations aligned with an MT similarity
    skipped: list[str] = field(default_factory=list)  # one line per translation left alone
    cancelled: bool = False

    @property
    def links(self) -> int:
        return sum(self.kinds.values())

    def update(self, other: AlignSummary) -> AlignSummary:
        self.articles += other.articles
        self.translations += other.translations
        self.kinds.update(other.kinds)
        self.manual += other.manual
        self.with_mt += other.with_mt
        self.skipped.extend(other.skipped)
        self.cancelled = self.cancelled or other.cancelled
        return self

    def to_json(self) -> dict[str, Any]:
        return {
            "articles": self.articles,
            "translations": self.translations,
            "links": self.links,
            "kinds": dict(sorted(self.kinds.items())),
            "manual": self.manual,
            "with_mt": self.with_mt,
            "skipped": self.skipped,
            "cancelled": self.cancelled,
        }


def link_row(link: Any) -> LinkRow:
    """A link (ORM object or column row) as a JSON-ready dict, the unit of undo payloads."""
    return {
        "id": link.id,
        "src_from": link.src_from,
        "src_to": link.src_to,
        "tgt_from": link.tgt_from,
        "tgt_to": link.tgt_to,
        "origin": link.origin,
        "score": link.score,
    }


def links_for_text(session: Session, translation_id: str) -> list[LinkRow]:
    """A translation's links in reading order (empty when it was never aligned)."""
    rows = session.execute(
        select(*_LINK_COLS)
        .where(Link.translation_id == translation_id)
        .order_by(Link.src_from, Link.tgt_from, Link.src_to, Link.tgt_to)
    )
    return [link_row(r) for r in rows]


def text_bodies(session: Session, text: Any) -> list[str]:
    """The current wording of a text's sentences, in idx order (idx 0..n-1)."""
    rows = session.execute(
        select(Sentence.idx, Sentence.start, Sentence.end, Sentence.edited)
        .where(Sentence.text_id == text.id)
        .order_by(Sentence.idx)
    ).all()
    # Links address sentences by idx; a gap would shift every later link.
    if any(r.idx != i for i, r in enumerate(rows)):
        raise ValueError(f"text {text.id}: sentence numbers are not 0..{len(rows) - 1}")
    return [sentence_wording(text, r) for r in rows]


def translations(session: Session, article_id: str, lang: str | None = None) -> list[Any]:
    """The article's translations (in ``lang`` when given), in text order; LookupError if none."""
    rows = session.execute(
        select(Text.id, Text.lang, Text.lang_override, Text.content)
        .where(Text.article_id == article_id, Text.role == "translation")
        .order_by(Text.position)
    ).all()
    chosen = [t for t in rows if lang is None or (t.lang_override or t.lang) == lang]
    if not chosen:
        raise LookupError(f"article {article_id[:8]} has no translation" + (f" in {lang!r}" if lang else ""))
    return chosen


def _lang(text: Any) -> str:
    return str(text.lang_override or text.lang)


def _is_machine(text: Any) -> bool:
    return text.origin == "machine" or text.model_id is not None


class MtSimilarities:
    """MT-based similarities from installed models only; translators are loaded once per pair.

    Nothing reaches the network: the route is looked up among installed packages, and a
    missing model (or a missing ``mt`` extra) just means no MT similarity for that pair.
    """

    def __init__(self) -> None:
        self._translators: dict[tuple[str, str], Translator | None] = {}

    def translator(self, src_lang: str, tgt_lang: str) -> Translator | None:
        key = (src_lang, tgt_lang)
        if key not in self._translators:
            self._translators[key] = _load_translator(src_lang, tgt_lang)
        return self._translators[key]

    def similarity(self, session: Session, src: Sequence[str], src_lang: str, tgt_lang: str) -> Similarity | None:
        """chrF of the source's MT against the target, or None when no model fits."""
        translator = self.translator(src_lang, tgt_lang)
        if translator is None or not src:
            return None
        hashes = [source_hash(s) for s in src]
        # Reuse what `sverka translate` cached for this model; translate only the rest.
        cached = cached_outputs(session, translator.cache_key, list(dict.fromkeys(hashes)))
        missing = [i for i, h in enumerate(hashes) if h not in cached]
        fresh = dict(zip(missing, translator.translate([src[i] for i in missing]), strict=True)) if missing else {}
        mt = [fresh[i] if i in fresh else cached[h] for i, h in enumerate(hashes)]
        return mt_similarity(src, mt)


def _load_translator(src_lang: str, tgt_lang: str) -> Translator | None:
    try:
        from sverka.core.mt.packages import ModelError, installed_models

        models = installed_models()
        if not models or src_lang == tgt_lang:
            return None
        from sverka.core.mt.translator import Translator, find_route

        return Translator(find_route(models, src_lang, tgt_lang))
    except (ImportError, ModelError, OSError):
        return None


@dataclass
class _Group:
    """Everything aligning some articles reads, fetched with a few set-based queries.

    Per-article ORM round trips (texts, both texts' sentences, their spans, the links: five
    queries a translation) cost more than the aligner's DP after a big import.
    """

    texts: dict[str, list[Any]]  # article id -> its text rows, in position order
    sentences: dict[str, list[Any]]  # text id -> its sentence rows, in idx order
    links: dict[str, list[LinkRow]]  # translation id -> its links, in reading order

    def bodies(self, text: Any) -> list[str]:
        """The current wording of a text's sentences, as :func:`text_bodies` reads it."""
        rows = self.sentences.get(text.id, [])
        if any(r.idx != i for i, r in enumerate(rows)):  # links address sentences by idx
            raise ValueError(f"text {text.id}: sentence numbers are not 0..{len(rows) - 1}")
        return [sentence_wording(text, r) for r in rows]

    def paragraphs(self, text: Any) -> set[int]:
        """The sentences of a text that begin a line (paragraph or headline): soft anchors."""
        return paragraph_starts(text.content, [(r.start, r.end) for r in self.sentences.get(text.id, [])])


def _chosen(texts: Sequence[Any], translation_id: str | None) -> list[Any]:
    if translation_id is not None:
        return [t for t in texts if t.id == translation_id and t.role == "translation"]
    return [t for t in texts if t.role == "translation" and not _is_machine(t)]


def _load_group(session: Session, article_ids: Sequence[str], translation_id: str | None = None) -> _Group:
    """Texts, sentences and links of these articles: one query of each per 500 ids."""
    texts: dict[str, list[Any]] = {a: [] for a in article_ids}
    for chunk in _chunks(list(dict.fromkeys(article_ids))):
        for row in session.execute(
            select(Text.article_id, *_TEXT_COLS).where(Text.article_id.in_(chunk)).order_by(Text.position)
        ):
            texts[row.article_id].append(row)
    needed: list[str] = []  # only what is aligned: machine texts can be long and are skipped
    aligned: list[str] = []
    for rows in texts.values():
        chosen = _chosen(rows, translation_id)
        original = next((t for t in rows if t.role == "original"), None)
        if chosen and original is not None:
            needed.append(original.id)
            needed.extend(t.id for t in chosen)
            aligned.extend(t.id for t in chosen)
    sentences: dict[str, list[Any]] = defaultdict(list)
    for chunk in _chunks(needed):
        for sentence in session.execute(
            select(Sentence.text_id, Sentence.idx, Sentence.start, Sentence.end, Sentence.edited)
            .where(Sentence.text_id.in_(chunk))
            .order_by(Sentence.text_id, Sentence.idx)
        ):
            sentences[sentence.text_id].append(sentence)
    links: dict[str, list[LinkRow]] = defaultdict(list)
    for chunk in _chunks(aligned):
        for link in session.execute(
            select(Link.translation_id, *_LINK_COLS)
            .where(Link.translation_id.in_(chunk))
            .order_by(Link.translation_id, Link.src_from, Link.tgt_from, Link.src_to, Link.tgt_to)
        ):
            links[link.translation_id].append(link_row(link))
    return _Group(texts, sentences, links)


def _chunks(items: list[str], size: int = _IN_CHUNK) -> Iterator[list[str]]:
    for i in range(0, len(items), size):
        yield items[i : i + size]


@dataclass
class _Writes:
    """The group's link changes, written with one delete and one executemany at the end."""

    replaced: list[str] = field(default_factory=list)  # translations whose auto links go
    rows: list[dict[str, Any]] = field(default_factory=list)

    def flush(self, session: Session) -> None:
        for chunk in _chunks(self.replaced):
            session.execute(delete(Link).where(Link.translation_id.in_(chunk), Link.origin != "manual"))
        bulk_insert(session, cast(Table, Link.__table__), self.rows)
        self.replaced, self.rows = [], []


def _job(group: _Group, original: Any, src: list[str], translation: Any) -> AlignJob:
    """What aligning ``translation`` with ``original`` needs, as plain data."""
    manual = [r for r in group.links.get(translation.id, []) if r["origin"] == "manual"]
    return AlignJob(
        src,
        group.bodies(translation),
        _lang(original),
        _lang(translation),
        [Bead(r["src_from"], r["src_to"], r["tgt_from"], r["tgt_to"], r["score"] or 1.0) for r in manual],
        (group.paragraphs(original), group.paragraphs(translation)),
    )


def _apply(translation: Any, job: AlignJob, beads: list[Bead] | str, writes: _Writes) -> AlignSummary:
    """Queue the links of an aligned translation (``beads``, or the aligner's refusal)."""
    if isinstance(beads, str):  # manual links that no longer fit (e.g. the text was re-segmented)
        return AlignSummary(skipped=[f"translation {translation.id}: {beads}"])
    summary = AlignSummary(translations=1)
    kept = {(b.src_from, b.src_to, b.tgt_from, b.tgt_to) for b in job.fixed}
    fresh = [b for b in beads if (b.src_from, b.src_to, b.tgt_from, b.tgt_to) not in kept]
    ids = new_ids(len(fresh))
    writes.replaced.append(translation.id)
    writes.rows.extend(
        {
            "id": ids[k],
            "translation_id": translation.id,
            "src_from": b.src_from,
            "src_to": b.src_to,
            "tgt_from": b.tgt_from,
            "tgt_to": b.tgt_to,
            "origin": "auto",
            "score": b.score,
        }
        for k, b in enumerate(fresh)
    )
    summary.kinds.update(b.kind for b in beads)
    summary.manual = len(job.fixed)
    return summary


def _align_translation(
    session: Session,
    group: _Group,
    original: Any,
    src: list[str],
    translation: Any,
    similarity: Similarity | None,
    mt: MtSimilarities | None,
    writes: _Writes,
) -> AlignSummary:
    job = _job(group, original, src, translation)
    with_mt = 0
    if similarity is None and mt is not None:
        similarity = mt.similarity(session, src, job.src_lang, job.tgt_lang)
        with_mt = int(similarity is not None)
    beads: list[Bead] | str
    if similarity is None:
        beads = align_jobs([job])[0]
    else:
        try:
            beads = align(
                job.src,
                job.tgt,
                src_lang=job.src_lang,
                tgt_lang=job.tgt_lang,
                similarity=similarity,
                fixed=job.fixed,
                paragraphs=job.paragraphs,
            )
        except ValueError as exc:
            beads = str(exc)
    summary = _apply(translation, job, beads, writes)
    if not isinstance(beads, str):
        summary.with_mt = with_mt
    return summary


def _align_loaded(
    session: Session,
    group: _Group,
    article_id: str,
    writes: _Writes,
    *,
    translation_id: str | None = None,
    similarity: Similarity | None = None,
    mt: MtSimilarities | None = None,
) -> AlignSummary:
    texts = group.texts.get(article_id, [])
    original = next((t for t in texts if t.role == "original"), None)
    summary = AlignSummary(articles=1)
    if original is None:
        summary.skipped.append(f"article {article_id}: no original text")
        return summary
    chosen = _chosen(texts, translation_id)
    if translation_id is not None and not chosen:
        raise LookupError(f"article {article_id} has no translation {translation_id}")
    src = group.bodies(original) if chosen else []
    for translation in chosen:
        summary.update(_align_translation(session, group, original, src, translation, similarity, mt, writes))
    return summary


def align_in_session(
    session: Session,
    article_id: str,
    *,
    translation_id: str | None = None,
    similarity: Similarity | None = None,
    mt: MtSimilarities | None = None,
) -> AlignSummary:
    """:func:`align_article` inside a caller's transaction."""
    group = _load_group(session, [article_id], translation_id)
    writes = _Writes()
    summary = _align_loaded(
        session, group, article_id, writes, translation_id=translation_id, similarity=similarity, mt=mt
    )
    writes.flush(session)
    return summary


def align_article(
    project: Project,
    article_id: str,
    *,
    translation_id: str | None = None,
    lang: str | None = None,
    similarity: Similarity | None = None,
    use_mt: bool = False,
) -> AlignSummary:
    """Align every human translation of an article (or the one named, or every one in ``lang``,
    machine texts included) with its original.

    Auto links are replaced, manual links kept, all in one transaction. ``similarity``
    overrides the default (anchors and lengths only); ``use_mt`` adds chrF against a
    machine translation when an installed model covers the pair (slower: it translates).
    LookupError when the named translation (or one in ``lang``) does not exist.
    """
    mt = MtSimilarities() if use_mt and similarity is None else None
    with project.transaction() as session:
        if lang is None:
            return align_in_session(session, article_id, translation_id=translation_id, similarity=similarity, mt=mt)
        summary = AlignSummary()
        for translation in translations(session, article_id, lang):
            summary.update(
                align_in_session(session, article_id, translation_id=translation.id, similarity=similarity, mt=mt)
            )
        summary.articles = 1  # counted once per translation above
        return summary


def align_project(
    project: Project,
    article_ids: Sequence[str] | None = None,
    *,
    use_mt: bool = False,
    progress: Progress = no_progress,
    cancel: CancelToken | None = None,
    pool: CpuPool | None = None,
) -> AlignSummary:
    """Align the given articles (default: all), committed in groups of up to ``GROUP_ARTICLES``
    articles or ``GROUP_SECONDS`` of work, whichever comes first.

    One transaction per article cost a durable commit (an fsync, 5-15 ms) per article: more
    than the aligning itself after a big import. A cancel stops between articles: everything
    aligned before it stays (the group in progress is committed). With a started ``pool``
    (and no MT) the aligning runs in its worker processes, a few slices ahead of the writes.
    """
    if article_ids is None:
        with project.sessions() as session:
            article_ids = list(session.scalars(select(Text.article_id).where(Text.role == "translation").distinct()))
    if pool is not None and pool.parallel and not use_mt:
        return _align_pooled(project, list(article_ids), pool, progress, cancel)
    summary = AlignSummary()
    mt = MtSimilarities() if use_mt else None
    total = len(article_ids)
    done = 0
    while done < total and not summary.cancelled:
        with project.transaction() as session:
            started = time.perf_counter()
            writes = _Writes()
            end = min(done + GROUP_ARTICLES, total)
            size = _FIRST_LOAD
            while done < end and not summary.cancelled:
                # Read a slice at a time, doubling: the time bound often ends a group long
                # before GROUP_ARTICLES, and what was read for articles left over is read
                # again by the next group (at most as much as was aligned).
                chunk = article_ids[done : min(done + size, end)]
                size *= 2
                group = _load_group(session, chunk)
                for article_id in chunk:
                    if cancel is not None and cancel.cancelled:
                        summary.cancelled = True
                        break
                    summary.update(_align_loaded(session, group, article_id, writes, mt=mt))
                    done += 1
                    progress(done, total, "aligning")
                    if time.perf_counter() - started > GROUP_SECONDS:
                        end = done
                        break
            writes.flush(session)
    return summary


@dataclass
class _Slice:
    """Some articles read for the pool: what to align, and the worker's answer to come."""

    article_ids: list[str]
    summaries: dict[str, AlignSummary]  # per article: what is known before aligning
    translations: list[tuple[str, Any, AlignJob]]  # (article id, translation row, job)
    beads: Future[list[list[Bead] | str]]


def _read_slice(project: Project, article_ids: list[str], pool: CpuPool) -> _Slice:
    with project.sessions() as session:
        group = _load_group(session, article_ids)
    summaries: dict[str, AlignSummary] = {}
    work: list[tuple[str, Any, AlignJob]] = []
    for article_id in article_ids:
        texts = group.texts.get(article_id, [])
        original = next((t for t in texts if t.role == "original"), None)
        summaries[article_id] = AlignSummary(articles=1)
        if original is None:
            summaries[article_id].skipped.append(f"article {article_id}: no original text")
            continue
        chosen = _chosen(texts, None)
        src = group.bodies(original) if chosen else []
        work.extend((article_id, t, _job(group, original, src, t)) for t in chosen)
    return _Slice(article_ids, summaries, work, pool.submit(align_jobs, [job for _, _, job in work]))


def _align_pooled(
    project: Project, article_ids: list[str], pool: CpuPool, progress: Progress, cancel: CancelToken | None
) -> AlignSummary:
    """:func:`align_project` with the aligning in ``pool``: slices of ``POOL_SLICE`` articles
    are read and sent ``POOL_AHEAD`` slices ahead, and written in order as they come back,
    committed like the in-process run (every ``GROUP_ARTICLES`` articles or
    ``GROUP_SECONDS``). The same links, scores and summary as in-process."""
    summary = AlignSummary()
    slices = [article_ids[i : i + POOL_SLICE] for i in range(0, len(article_ids), POOL_SLICE)]
    ahead: deque[_Slice] = deque()
    writes, in_group, started = _Writes(), 0, time.perf_counter()
    done = 0

    def flush() -> None:
        nonlocal writes, in_group, started
        if writes.replaced or writes.rows:
            with project.transaction() as session:
                writes.flush(session)
        writes, in_group, started = _Writes(), 0, time.perf_counter()

    for number in range(len(slices)):
        while len(ahead) < POOL_AHEAD and number + len(ahead) < len(slices):
            ahead.append(_read_slice(project, slices[number + len(ahead)], pool))
        current = ahead.popleft()
        if cancel is not None and cancel.cancelled:
            summary.cancelled = True
            break
        results = current.beads.result()
        for (article_id, translation, job), beads in zip(current.translations, results, strict=True):
            current.summaries[article_id].update(_apply(translation, job, beads, writes))
        for article_id in current.article_ids:
            summary.update(current.summaries[article_id])
        done += len(current.article_ids)
        in_group += len(current.article_ids)
        progress(done, len(article_ids), "aligning")
        if in_group >= GROUP_ARTICLES or time.perf_counter() - started > GROUP_SECONDS:
            flush()
    flush()
    for rest in ahead:  # cancelled: the slices read ahead are dropped
        rest.beads.cancel()
    return summary


def align_imported(
    project: Project,
    article_ids: Sequence[str],
    *,
    progress: Progress = no_progress,
    cancel: CancelToken | None = None,
    pool: CpuPool | None = None,
) -> AlignSummary:
    """After an import: align the articles it touched (new, and known ones that gained a
    translation: the importer reports both)."""
    return align_project(project, list(article_ids), progress=progress, cancel=cancel, pool=pool)
