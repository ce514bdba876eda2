"""Machine translation of originals that lack a translation, stored as machine texts.

:func:`translate_project` finds every original without a translation in the target
language, translates it sentence by sentence on Sverka's own segmentation (the original's
sentences, so rows pair 1-1 by construction) through :mod:`sverka.core.mt.translator`, and
writes one machine :class:`~sverka.db.models.Text` per article with its sentences, a
revision per sentence and 1-1 auto links to the original.

Work goes in chunks of a few model batches' worth of sentences, article by article, so a
large project saves as it goes while batches stay full. Each finished model batch is put
in the MT cache at once (key: the translator's cache key + sha256 of the source sentence):
a cancel or a crash loses at most one batch, and a re-run only translates what is missing.
Nothing here reaches the network: models come from the installed folder only.
"""

from __future__ import annotations

import hashlib
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import func, insert, select
from sqlalchemy.orm import Session

from sverka.db.models import Article, Link, Revision, Sentence, Text, new_id
from sverka.db.mt_cache import cached_outputs, source_hash, store_outputs
from sverka.db.project import Project
from sverka.db.search import BulkIndexing
from sverka.db.wording import sentence_wording
from sverka.ops.mt.assemble import assemble
from sverka.progress import Cancelled, CancelToken, Progress, no_progress

if TYPE_CHECKING:
    from sverka.core.mt.translator import MtOptions, Translator

# A chunk holds about this many model batches: big enough that batches stay full (a chunk's
# last batch is partial), small enough that a large project saves every few seconds.
CHUNK_BATCHES = 4
# Called inside each chunk's write transaction with the articles it translated, before it
# commits: the pending-work record (sverka.ops.workflows.resume) commits with them.
WriteHook = Callable[[Session, list[str]], None]
INSTALL_HINT = "install one offline with `sverka models install FILE` (an Argos .argosmodel file)"


@dataclass
class TranslateSummary:
    """What a run did. ``missing`` holds one line per language pair that has no model."""

    articles: int = 0  # machine texts written
    sentences: int = 0  # sentences in those texts
    translated: int = 0  # distinct source sentences run through a model this time
    cached: int = 0  # distinct source sentences taken from the MT cache
    models: list[str] = field(default_factory=list)
    missing: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)
    article_ids: list[str] = field(default_factory=list)
    text_ids: list[str] = field(default_factory=list)
    cancelled: bool = False
    seconds: float = 0.0

    @property
    def ok(self) -> bool:
        """True when everything asked for was translated (or there was nothing to do)."""
        return not self.missing and not self.cancelled

    def to_json(self) -> dict[str, Any]:
        return {
            "articles": self.articles,
            "sentences": self.sentences,
            "translated": self.translated,
            "cached": self.cached,
            "models": self.models,
            "missing": self.missing,
            "skipped": self.skipped,
            "article_ids": self.article_ids,
            "text_ids": self.text_ids,
            "cancelled": self.cancelled,
            "seconds": round(self.seconds, 3),
        }


@dataclass(frozen=True)
class PendingOriginal:
    """An original waiting for its translation (cheap: no content loaded yet)."""

    article_id: str
    text_id: str
    lang: str
    size: int  # sentences


@dataclass
class _Source:
    """An original loaded for translation: its content and sentences with their wording."""

    pending: PendingOriginal
    content: str
    rows: list[Any]  # idx, start, end, kind, edited
    bodies: list[str]
    hashes: list[str | None]  # None: not translated (timestamps, blanks)


def _lang(row: Any) -> str:
    return str(row.lang_override or row.lang)


def pending_originals(
    session: Session, to_lang: str, article_ids: Sequence[str] | None = None, notes: list[str] | None = None
) -> list[PendingOriginal]:
    """Originals that lack a translation in ``to_lang`` (any origin), in article order.

    With ``article_ids``, articles that need nothing get a line in ``notes`` (the user
    named them, so silence would look like a failure).
    """
    has_target = select(Text.article_id).where(
        Text.role == "translation", func.coalesce(Text.lang_override, Text.lang) == to_lang
    )
    counts = select(Sentence.text_id, func.count().label("n")).group_by(Sentence.text_id).subquery()
    query = (
        select(Text.id, Text.article_id, Text.lang, Text.lang_override, func.coalesce(counts.c.n, 0).label("n"))
        .join(Article, Article.id == Text.article_id)
        .outerjoin(counts, counts.c.text_id == Text.id)
        .where(Text.role == "original")
        .order_by(Article.position, Article.created_at, Article.id)
    )
    named = list(dict.fromkeys(article_ids)) if article_ids is not None else None
    rows: list[Any] = []
    if named is None:
        rows = list(session.execute(query.where(Text.article_id.not_in(has_target))))
    else:
        done: set[str] = set()
        for start in range(0, len(named), 500):
            part = named[start : start + 500]
            done.update(session.scalars(has_target.where(Text.article_id.in_(part))))
            rows.extend(session.execute(query.where(Text.article_id.in_(part))))
        order = {a: i for i, a in enumerate(named)}
        rows.sort(key=lambda r: order[r.article_id])
        found = {r.article_id for r in rows}
        for article_id in named:
            if article_id not in found:
                _note(notes, f"article {article_id[:8]}: no original text")
            elif article_id in done:
                _note(notes, f"article {article_id[:8]}: already has a translation in {to_lang}")
        rows = [r for r in rows if r.article_id not in done]
    out = []
    for r in rows:
        if _lang(r) == to_lang:
            if named is not None:
                _note(notes, f"article {r.article_id[:8]}: the original is in {to_lang} already")
            continue
        out.append(PendingOriginal(r.article_id, r.id, _lang(r), int(r.n)))
    return out


def _note(notes: list[str] | None, line: str) -> None:
    if notes is not None:
        notes.append(line)


def _chunks(pending: Sequence[PendingOriginal], target: int) -> Iterable[list[PendingOriginal]]:
    chunk: list[PendingOriginal] = []
    size = 0
    for item in pending:
        chunk.append(item)
        size += item.size
        if size >= target:
            yield chunk
            chunk, size = [], 0
    if chunk:
        yield chunk


def _load(session: Session, chunk: Sequence[PendingOriginal]) -> list[_Source]:
    ids = [p.text_id for p in chunk]
    texts = {t.id: t for t in session.execute(select(Text.id, Text.content).where(Text.id.in_(ids)))}
    rows: dict[str, list[Any]] = {i: [] for i in ids}
    for row in session.execute(
        select(Sentence.text_id, Sentence.idx, Sentence.start, Sentence.end, Sentence.kind, Sentence.edited)
        .where(Sentence.text_id.in_(ids))
        .order_by(Sentence.text_id, Sentence.idx)
    ):
        rows[row.text_id].append(row)
    sources = []
    for pending in chunk:
        text = texts[pending.text_id]
        sents = rows[pending.text_id]
        bodies = [sentence_wording(text, s) for s in sents]
        # Timestamps ("05:41 GMT 06.01.2022") read the same in every language: copied, not translated.
        hashes = [
            source_hash(b.strip()) if s.kind != "timestamp" and b.strip() else None
            for s, b in zip(sents, bodies, strict=True)
        ]
        sources.append(_Source(pending, text.content, sents, bodies, hashes))
    return sources


def _write(
    project: Project,
    sources: Sequence[_Source],
    cache: dict[str, str],
    to_lang: str,
    model_id: str,
    on_commit: WriteHook | None = None,
) -> list[tuple[str, str, int]]:
    """Write the chunk's machine texts in one transaction; returns (article, text, sentences)."""
    written: list[tuple[str, str, int]] = []
    with project.transaction() as session:
        articles = [s.pending.article_id for s in sources]
        # Re-checked inside the write: a translation imported meanwhile wins over ours.
        taken = set(
            session.scalars(
                select(Text.article_id).where(
                    Text.article_id.in_(articles),
                    Text.role == "translation",
                    func.coalesce(Text.lang_override, Text.lang) == to_lang,
                )
            )
        )
        positions = {
            row.article_id: row.last
            for row in session.execute(
                select(Text.article_id, func.max(Text.position).label("last"))
                .where(Text.article_id.in_(articles))
                .group_by(Text.article_id)
            )
        }
        texts: list[dict[str, Any]] = []
        sentences: list[dict[str, Any]] = []
        revisions: list[dict[str, Any]] = []
        links: list[dict[str, Any]] = []
        for source in sources:
            article_id = source.pending.article_id
            if article_id in taken or not source.rows:
                continue
            outputs = [
                cache[h] if h is not None else body.strip()
                for h, body in zip(source.hashes, source.bodies, strict=True)
            ]
            content, spans = assemble(source.content, source.rows, outputs)
            text_id = new_id()
            texts.append(
                {
                    "id": text_id,
                    "article_id": article_id,
                    "lang": to_lang,
                    "role": "translation",
                    "origin": "machine",
                    "model_id": model_id,
                    "content": content,
                    "checksum": hashlib.sha256(content.strip().encode("utf-8")).hexdigest(),
                    "position": (positions.get(article_id) or 0) + 1,
                }
            )
            for row, (start, end), body in zip(source.rows, spans, outputs, strict=True):
                sid = new_id()
                sentences.append(
                    {
                        "id": sid,
                        "text_id": text_id,
                        "idx": row.idx,
                        "start": start,
                        "end": end,
                        "kind": row.kind,
                        "lang": to_lang,
                    }
                )
                revisions.append(
                    {"id": new_id(), "sentence_id": sid, "body": body, "origin": "machine", "model_id": model_id}
                )
                links.append(
                    {
                        "id": new_id(),
                        "translation_id": text_id,
                        "src_from": row.idx,
                        "src_to": row.idx + 1,
                        "tgt_from": row.idx,
                        "tgt_to": row.idx + 1,
                        "origin": "auto",
                        "score": 1.0,
                    }
                )
            written.append((article_id, text_id, len(source.rows)))
        if texts:
            # Core executemany inserts with one FTS pass, as the importer does.
            bulk = BulkIndexing(session)
            for model, rows in ((Text, texts), (Sentence, sentences), (Revision, revisions), (Link, links)):
                session.execute(insert(model), rows)
            bulk.finish([t["id"] for t in texts])
            if on_commit is not None:
                on_commit(session, [article_id for article_id, _, _ in written])
    return written


class _Run:
    """One translate_project call: translators per language, progress, the summary."""

    def __init__(
        self,
        project: Project,
        to_lang: str,
        options: MtOptions,
        models_dir: Path | None,
        progress: Progress,
        cancel: CancelToken | None,
        total: int,
        on_commit: WriteHook | None = None,
        model: str | None = None,
    ) -> None:
        self.project, self.to_lang, self.options, self.models_dir = project, to_lang, options, models_dir
        self.on_commit, self.model = on_commit, model
        self.progress, self.cancel = progress, cancel
        self.summary = TranslateSummary()
        self.total, self.done = total, 0

    def tick(self, count: int, lang: str, skipped: bool = False) -> None:
        self.done += count
        what = "no model for" if skipped else "translating"
        self.progress(self.done, self.total, f"{what} {lang}→{self.to_lang}")

    def translator(self, lang: str, articles: int) -> Translator | None:
        """The translator for ``lang``, or None with a line in ``summary.missing``."""
        from sverka.core.mt.packages import ModelError
        from sverka.core.mt.translator import load_translator

        try:
            if self.model is None:
                translator = load_translator(lang, self.to_lang, self.options, self.models_dir)
            else:
                translator = self._chosen(lang)
        except ModelError as exc:
            what = "1 article" if articles == 1 else f"{articles} articles"
            self.summary.missing.append(f"{what} in {lang} not translated: {exc}; {INSTALL_HINT}")
            return None
        self.summary.models.append(translator.model_id)
        return translator

    def _chosen(self, lang: str) -> Translator:
        """The one package the user chose (``model``: its model id), if it fits ``lang``→target."""
        from sverka.core.mt.packages import ModelError, installed_models
        from sverka.core.mt.translator import Translator

        found = [m for m in installed_models(self.models_dir) if m.model_id == self.model]
        if not found:
            raise ModelError(f"the chosen model {self.model} is not installed")
        model = found[0]
        if (model.from_code, model.to_code) != (lang, self.to_lang):
            raise ModelError(f"the chosen model {self.model} translates {model.from_code}→{model.to_code}")
        return Translator([model], self.options)

    def chunk(self, translator: Translator, chunk: Sequence[PendingOriginal]) -> None:
        lang = chunk[0].lang
        with self.project.sessions() as session:
            sources = _load(session, chunk)
            wanted: dict[str, str] = {}
            for source in sources:
                for h, body in zip(source.hashes, source.bodies, strict=True):
                    if h is not None:
                        wanted.setdefault(h, body.strip())
            cache = cached_outputs(session, translator.cache_key, list(wanted))
        missing = [h for h in wanted if h not in cache]
        self.summary.cached += len(wanted) - len(missing)
        self.tick(sum(len(s.rows) for s in sources) - len(missing), lang)
        texts = [wanted[h] for h in missing]
        for batch in translator.iter_batches(texts, cancel=self.cancel):
            outputs = {missing[i]: out for i, out in batch}
            store_outputs(self.project, translator.cache_key, outputs)
            cache.update(outputs)
            self.summary.translated += len(batch)
            self.tick(len(batch), lang)
        for article_id, text_id, count in _write(
            self.project, sources, cache, self.to_lang, translator.model_id, self.on_commit
        ):
            self.summary.articles += 1
            self.summary.sentences += count
            self.summary.article_ids.append(article_id)
            self.summary.text_ids.append(text_id)


def translate_project(
    project: Project,
    *,
    to_lang: str = "en",
    article_ids: Sequence[str] | None = None,
    options: MtOptions | None = None,
    models_dir: Path | None = None,
    progress: Progress = no_progress,
    cancel: CancelToken | None = None,
    on_commit: WriteHook | None = None,
    model: str | None = None,
) -> TranslateSummary:
    """Translate every original lacking a ``to_lang`` translation (or the articles named).

    ``model`` (a model id such as ``argos/translate-ru_en@1.0``) uses that one package
    instead of the best route; originals in a language it does not translate from are
    reported in ``summary.missing``.

    Originals are grouped by language; a language without an installed model (direct or
    pivot) is reported in ``summary.missing`` with how to install one, and the others still
    run. A cancel (or an error) stops between model batches: finished articles stay saved,
    finished batches stay cached, and a re-run does only the rest. Cancelling sets
    ``summary.cancelled`` rather than raising.
    """
    from sverka.core.mt.translator import MtOptions

    options = options or MtOptions()
    started = time.perf_counter()
    notes: list[str] = []
    with project.sessions() as session:
        pending = pending_originals(session, to_lang, article_ids, notes)
    run = _Run(project, to_lang, options, models_dir, progress, cancel, sum(p.size for p in pending), on_commit, model)
    run.summary.skipped.extend(notes)
    by_lang: dict[str, list[PendingOriginal]] = {}
    for item in pending:
        by_lang.setdefault(item.lang, []).append(item)
    try:
        for lang, group in by_lang.items():
            translator = run.translator(lang, len(group))
            if translator is None:
                run.tick(sum(p.size for p in group), lang, skipped=True)
                continue
            for chunk in _chunks(group, max(1, options.batch_sentences) * CHUNK_BATCHES):
                if cancel is not None:
                    cancel.raise_if_cancelled()
                run.chunk(translator, chunk)
    except Cancelled:
        run.summary.cancelled = True
    run.summary.seconds = time.perf_counter() - started
    return run.summary
