"""The core fields: the sentence, its article, and its labels, notes and reviewed mark."""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy.orm import Session

from sverka.ops.export.fields import Chunk, FieldSet
from sverka.ops.export.queries import NOTES, rows_for


def fill(session: Session, chunk: Chunk) -> None:
    sources = chunk.sources
    n = len(sources)
    sentences = [s.sentence for s in sources]  # (id, text_id, idx, kind, lang, text, edited, reviewed)
    articles = [s.article for s in sources]  # records.ArticleRow
    ids = [r[0] for r in sentences]
    cols = chunk.columns
    cols["article_id"] = [a[0] for a in articles]
    cols["sentence_id"] = ids
    cols["idx"] = [r[2] for r in sentences]
    cols["kind"] = [r[3] for r in sentences]
    cols["lang"] = [r[4] for r in sentences]
    cols["text"] = [r[5] for r in sentences]
    labels: list[list[str]] = [[] for _ in range(n)]
    annotations: list[list[dict[str, Any]]] = [[] for _ in range(n)]
    annotators: list[list[str]] = [[] for _ in range(n)]
    notes: list[list[dict[str, Any]]] = [[] for _ in range(n)]
    _add_annotations(session, chunk, {sid: i for i, sid in enumerate(ids)}, labels, annotations, annotators, notes)
    cols["labels"] = labels
    cols["annotations"] = annotations
    cols["annotators"] = annotators
    cols["notes"] = notes
    cols["reviewed"] = [bool(r[7]) for r in sentences]
    cols["title"] = [a[1] for a in articles]
    cols["date"] = [a[2] for a in articles]
    cols["url"] = [a[3] for a in articles]
    cols["status"] = [a[4] for a in articles]
    cols["external_id"] = [a[5] for a in articles]


def _add_annotations(
    session: Session,
    chunk: Chunk,
    index: dict[str, int],
    labels: list[list[str]],
    annotations: list[list[dict[str, Any]]],
    annotators: list[list[str]],
    notes: list[list[dict[str, Any]]],
) -> None:
    resolved = chunk.resolved
    # (sentence id, label, annotator, kind, created_at, note), oldest first: read with the chunk
    for sentence_id, label, annotator, kind, created, note in chunk.annotations:
        i = index.get(sentence_id)
        if i is None:  # a sentence of these texts left out of the chunk
            continue
        annotations[i].append(
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
        if resolved is None and kind == "person" and label not in labels[i]:
            labels[i].append(label)
        if annotator not in annotators[i]:
            annotators[i].append(annotator)
    if resolved is not None:
        for sentence_id, i in index.items():
            labels[i] = list(resolved.get(sentence_id, ()))
    rows = chunk.prefetched.get("notes")
    if rows is None:
        rows = rows_for(session.connection(), NOTES, chunk.original_ids())
    for sentence_id, annotator, body in rows:
        i = index.get(sentence_id)
        if i is None:
            continue
        notes[i].append({"annotator": annotator, "note": body})
        if annotator not in annotators[i]:
            annotators[i].append(annotator)


def annotations_csv_cell(value: Any) -> str:
    """Who gave which label, with its note: JSON, so a pipeline reads it back exactly."""
    return json.dumps(value or [], ensure_ascii=False) if value else ""


def notes_by_csv_cell(value: Any) -> str:
    """The sentence notes with their authors, ``[{annotator, note}]`` as JSON (``notes`` is the
    text alone, for spreadsheets)."""
    return json.dumps(value, ensure_ascii=False) if value else ""


_CORE_FIELDS = (
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
)
_AFTER_NOTES = _CORE_FIELDS.index("notes") + 1

CORE = FieldSet(
    "core",
    fields=_CORE_FIELDS,
    # CSV has one more column, the notes with their authors, beside the notes' text.
    csv_columns=(*_CORE_FIELDS[:_AFTER_NOTES], "notes_by", *_CORE_FIELDS[_AFTER_NOTES:]),
    csv_cells={"annotations": annotations_csv_cell, "notes_by": notes_by_csv_cell},
    csv_sources={"notes_by": "notes"},
    fill=fill,
)
