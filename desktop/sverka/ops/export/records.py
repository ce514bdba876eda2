"""Dataset export: one record per sentence of an original text, with its aligned translation.

Records stream out article by article (a chunk of articles per query round), so exporting
300,000 sentences keeps memory flat. The JSONL and CSV writers share one record builder;
other features add fields through :data:`ENRICHERS`.
"""

from __future__ import annotations

import csv
import json
import os
import tempfile
from collections import defaultdict
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from sverka.db.models import Annotation, Annotator, Article, Label, Link, Note, Sentence, Text
from sverka.db.project import Project
from sverka.progress import Progress, no_progress

CHUNK = 200
CSV_FIELDS = [
    "article_id", "sentence_id", "idx", "kind", "lang", "text", "translation", "translation_lang",
    "translation_origin", "link", "labels", "annotators", "notes", "reviewed", "title", "date", "url",
]  # fmt: skip
# A spreadsheet runs cells starting with these as formulas (OWASP CSV injection).
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")

# Feature modules register functions that add fields to the records of a chunk:
# enrich(session, records) -> None, records keyed by sentence id.
Enricher = Callable[[Session, dict[str, dict[str, Any]]], None]
ENRICHERS: list[tuple[str, Enricher]] = []
# Fields whose CSV cell needs its own rendering (a list of dicts reads badly as text): name -> fn(value).
CSV_CELLS: dict[str, Callable[[Any], str]] = {}


@dataclass
class ExportOptions:
    target_lang: str | None = None  # which translation to pair; default: the first one
    labeled_only: bool = False
    article_ids: Sequence[str] | None = None


def sentence_body(text: Any, sentence: Any) -> str:
    """A sentence's current wording: its post-edit, else its span of the stored text."""
    return sentence.edited if sentence.edited is not None else text.content[sentence.start : sentence.end]


def _pick_translation(texts: list[Any], target: str | None) -> Any | None:
    translations = [t for t in texts if t.role == "translation"]
    if target:
        translations = [t for t in translations if (t.lang_override or t.lang) == target]
    return translations[0] if translations else None


def _aligned(src: list[Any], tgt: list[Any], links: list[Any]) -> dict[int, tuple[list[Any], str | None]]:
    """Source idx -> (target sentences, link kind). Index pairing until links exist."""
    if not links:
        by_idx = {s.idx: s for s in tgt}
        return {s.idx: ([by_idx[s.idx]] if s.idx in by_idx else [], None) for s in src}
    out: dict[int, tuple[list[Any], str | None]] = {}
    for link in links:
        kind = f"{link.src_to - link.src_from}-{link.tgt_to - link.tgt_from}"
        targets = [t for t in tgt if link.tgt_from <= t.idx < link.tgt_to]
        for idx in range(link.src_from, link.src_to):
            out[idx] = (targets, kind)
    return out


def iter_records(
    project: Project, options: ExportOptions | None = None, progress: Progress = no_progress
) -> Iterator[dict[str, Any]]:
    """Yield export records in article order."""
    options = options or ExportOptions()
    with project.sessions() as session:
        query = select(Article.id).order_by(Article.position, Article.created_at)
        if options.article_ids:
            query = query.where(Article.id.in_(list(options.article_ids)))
        article_ids = list(session.scalars(query))
        for start in range(0, len(article_ids), CHUNK):
            chunk = article_ids[start : start + CHUNK]
            yield from _chunk_records(session, chunk, options)
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
    Sentence.id, Sentence.text_id, Sentence.idx, Sentence.start, Sentence.end, Sentence.kind,
    Sentence.lang, Sentence.lang_override, Sentence.edited, Sentence.reviewed_at,
)  # fmt: skip


def _chunk_records(session: Session, article_ids: list[str], options: ExportOptions) -> Iterator[dict[str, Any]]:
    # Plain column rows, not ORM objects: identity-map bookkeeping was most of the export time.
    articles = {a.id: a for a in session.execute(
        select(Article.id, Article.title, Article.date, Article.url, Article.status).where(Article.id.in_(article_ids))
    )}  # fmt: skip
    texts_by_article: dict[str, list[Any]] = defaultdict(list)
    for text in session.execute(select(*_TEXT_COLS).where(Text.article_id.in_(article_ids)).order_by(Text.position)):
        texts_by_article[text.article_id].append(text)
    text_ids = [t.id for ts in texts_by_article.values() for t in ts]
    sentences: dict[str, list[Any]] = defaultdict(list)
    for sentence in session.execute(
        select(*_SENTENCE_COLS).where(Sentence.text_id.in_(text_ids)).order_by(Sentence.text_id, Sentence.idx)
    ):
        sentences[sentence.text_id].append(sentence)
    links: dict[str, list[Any]] = defaultdict(list)
    for link in session.execute(
        select(Link.translation_id, Link.src_from, Link.src_to, Link.tgt_from, Link.tgt_to)
        .where(Link.translation_id.in_(text_ids))
        .order_by(Link.src_from)
    ):
        links[link.translation_id].append(link)

    records: dict[str, dict[str, Any]] = {}
    for article_id in article_ids:
        article = articles[article_id]
        texts = texts_by_article[article_id]
        original = next((t for t in texts if t.role == "original"), None)
        if original is None:
            continue
        translation = _pick_translation(texts, options.target_lang)
        tgt_sents = sentences[translation.id] if translation else []
        aligned = _aligned(sentences[original.id], tgt_sents, links[translation.id] if translation else [])
        for sentence in sentences[original.id]:
            targets, kind = aligned.get(sentence.idx, ([], None))
            records[sentence.id] = {
                "article_id": article.id,
                "sentence_id": sentence.id,
                "idx": sentence.idx,
                "kind": sentence.kind,
                "lang": sentence.lang_override or sentence.lang,
                "text": sentence_body(original, sentence),
                "translation": " ".join(sentence_body(translation, t) for t in targets)
                if translation and targets
                else None,
                "translation_lang": (translation.lang_override or translation.lang) if translation else None,
                "translation_origin": translation.origin if translation else None,
                "translation_model": translation.model_id if translation else None,
                "translation_sentence_ids": [t.id for t in targets],
                "link": kind,
                "labels": [],
                "annotations": [],
                "annotators": [],
                "notes": [],
                "reviewed": sentence.reviewed_at is not None,
                "title": article.title,
                "date": article.date,
                "url": article.url,
                "status": article.status,
            }
    _add_annotations(session, records)
    for _name, enrich in ENRICHERS:
        enrich(session, records)
    for record in records.values():
        if options.labeled_only and not record["labels"]:
            continue
        yield record


def _add_annotations(session: Session, records: dict[str, dict[str, Any]]) -> None:
    ids = list(records)
    rows = session.execute(
        select(Annotation.sentence_id, Label.name, Annotator.name, Annotation.created_at, Annotation.note)
        .join(Label, Label.id == Annotation.label_id)
        .join(Annotator, Annotator.id == Annotation.annotator_id)
        .where(Annotation.sentence_id.in_(ids))
        .order_by(Annotation.created_at)
    ).all()
    for sentence_id, label, annotator, created, note in rows:
        record = records[sentence_id]
        record["annotations"].append(
            {
                "label": label,
                "annotator": annotator,
                "created_at": created.isoformat() if created else None,
                "note": note,
            }
        )
        if label not in record["labels"]:
            record["labels"].append(label)
        if annotator not in record["annotators"]:
            record["annotators"].append(annotator)
    notes = session.execute(
        select(Note.sentence_id, Annotator.name, Note.body)
        .join(Annotator, Annotator.id == Note.annotator_id)
        .where(Note.sentence_id.in_(ids))
    ).all()
    for sentence_id, annotator, body in notes:
        records[sentence_id]["notes"].append({"annotator": annotator, "note": body})
        if annotator not in records[sentence_id]["annotators"]:
            records[sentence_id]["annotators"].append(annotator)


def _neutralize(value: str) -> str:
    return "'" + value if value.startswith(_FORMULA_START) else value


def _csv_cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list):
        if value and all(isinstance(v, dict) for v in value) and not all("note" in v for v in value):
            # Structured lists (mentions, MQM errors…) stay machine-readable: JSON in one cell.
            return _neutralize(json.dumps(value, ensure_ascii=False))
        parts = [v["note"] if isinstance(v, dict) and "note" in v else str(v) for v in value]
        return _neutralize("; ".join(parts))
    return _neutralize(str(value))


def write_jsonl(records: Iterator[dict[str, Any]], out: IO[str]) -> int:
    count = 0
    for record in records:
        out.write(json.dumps(record, ensure_ascii=False))
        out.write("\n")
        count += 1
    return count


def write_csv(records: Iterator[dict[str, Any]], out: IO[str], extra: Sequence[str] = ()) -> int:
    writer = csv.writer(out, lineterminator="\r\n")
    fields = [*CSV_FIELDS, *extra]
    writer.writerow(fields)
    count = 0
    for record in records:
        writer.writerow(
            [_neutralize(CSV_CELLS[n](record.get(n))) if n in CSV_CELLS else _csv_cell(record.get(n)) for n in fields]
        )
        count += 1
    return count


def export_file(
    project: Project, fmt: str, path: Path, options: ExportOptions | None = None, progress: Progress = no_progress
) -> int:
    """Write an export atomically (temp file + rename): a failed export leaves no half file."""
    records = iter_records(project, options, progress)
    path = path.resolve()
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    try:
        # CSV gets a BOM so spreadsheet programs read UTF-8 correctly.
        encoding = "utf-8-sig" if fmt == "csv" else "utf-8"
        with os.fdopen(fd, "w", encoding=encoding, newline="") as out:
            extra = [name for name, _ in ENRICHERS] if fmt == "csv" else []
            count = write_csv(records, out, extra) if fmt == "csv" else write_jsonl(records, out)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return count


# Review fields (post-edits, MQM issues; issue 4) register themselves on import.
import sverka.ops.export.mqm  # noqa: E402

# isort: split


# Feature enrichers register themselves on import (kept last: they import this module).
import sverka.ops.export.names  # noqa: E402,F401  - name mentions (issue 5)
