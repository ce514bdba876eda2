"""The core fields: the sentence, its article, and its labels, notes and reviewed mark."""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from sverka.db.models import Annotation, Annotator, Label, Note, Sentence
from sverka.ops.export.fields import Chunk, FieldSet


def fill(session: Session, chunk: Chunk) -> None:
    records = chunk.records
    for sid, source in chunk.sources.items():
        # Unpacked once (the column order of records._SENTENCE_COLS and ArticleRow): attribute
        # reads on column rows were most of the export's hottest loop.
        article_id, title, date, url, status, external_id = source.article
        _, _, idx, start, end, kind, lang, lang_override, edited, reviewed_at = source.sentence
        records[sid].update(
            {
                "article_id": article_id,
                "sentence_id": sid,
                "idx": idx,
                "kind": kind,
                "lang": lang_override or lang,
                # sverka.db.wording's rule, inlined: a call per record was a tenth of the loop.
                "text": edited if edited is not None else source.original.content[start:end],
                "labels": [],
                "annotations": [],
                "annotators": [],
                "notes": [],
                "reviewed": reviewed_at is not None,
                "title": title,
                "date": date,
                "url": url,
                "status": status,
                "external_id": external_id,
            }
        )
    _add_annotations(session, chunk)


def _add_annotations(session: Session, chunk: Chunk) -> None:
    records = chunk.records
    originals = list(dict.fromkeys(s.original.id for s in chunk.sources.values()))
    rows = (
        session.connection()
        .execute(
            select(
                Annotation.sentence_id,
                Label.name,
                Annotator.name,
                Annotator.kind,
                Annotation.created_at,
                Annotation.note,
            )
            .join(Label, Label.id == Annotation.label_id)
            .join(Annotator, Annotator.id == Annotation.annotator_id)
            .join(Sentence, Sentence.id == Annotation.sentence_id)
            .where(Sentence.text_id.in_(originals))
            .order_by(Annotation.created_at)
        )
        .all()
    )
    resolved = chunk.resolved
    for sentence_id, label, annotator, kind, created, note in rows:
        record = records.get(sentence_id)
        if record is None:  # a sentence of these texts left out of the chunk
            continue
        record["annotations"].append(
            {
                "label": label,
                "annotator": annotator,
                "kind": kind,
                "created_at": created.isoformat() if created else None,
                "note": note,
            }
        )
        # The union counts people only: gold decisions and a model's suggestions are not
        # anyone's label until --resolve gold / --resolve annotator:NAME asks for them.
        if resolved is None and kind == "person" and label not in record["labels"]:
            record["labels"].append(label)
        if annotator not in record["annotators"]:
            record["annotators"].append(annotator)
    if resolved is not None:
        for sentence_id, record in records.items():
            record["labels"] = list(resolved.get(sentence_id, ()))
    notes = (
        session.connection()
        .execute(
            select(Note.sentence_id, Annotator.name, Note.body)
            .join(Annotator, Annotator.id == Note.annotator_id)
            .join(Sentence, Sentence.id == Note.sentence_id)
            .where(Sentence.text_id.in_(originals))
        )
        .all()
    )
    for sentence_id, annotator, body in notes:
        if sentence_id not in records:
            continue
        records[sentence_id]["notes"].append({"annotator": annotator, "note": body})
        if annotator not in records[sentence_id]["annotators"]:
            records[sentence_id]["annotators"].append(annotator)


def annotations_csv_cell(value: Any) -> str:
    """Who gave which label, with its note: JSON, so a pipeline reads it back exactly."""
    return json.dumps(value or [], ensure_ascii=False) if value else ""


def notes_by_csv_cell(value: Any) -> str:
    """The sentence notes with their authors, ``[{annotator, note}]`` as JSON (``notes`` is the
    text alone, for spreadsheets)."""
    return json.dumps(value, ensure_ascii=False) if value else ""


CORE = FieldSet(
    "core",
    fields=(
        "article_id",
        "sentence_id",
        "idx",
        "kind",
        "lang",
        "text",
        "labels",
        "annotations",
        "annotators",
        "notes",
        "reviewed",
        "title",
        "date",
        "url",
        "status",
        "external_id",
    ),
    csv_columns=(
        "article_id",
        "sentence_id",
        "idx",
        "kind",
        "lang",
        "text",
        "labels",
        "annotations",
        "annotators",
        "notes",
        "notes_by",
        "reviewed",
        "title",
        "date",
        "url",
        "status",
        "external_id",
    ),
    csv_cells={"annotations": annotations_csv_cell, "notes_by": notes_by_csv_cell},
    csv_sources={"notes_by": "notes"},
    fill=fill,
)
