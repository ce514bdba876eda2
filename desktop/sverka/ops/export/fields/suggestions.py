"""The ``accepted_suggestions`` field: which of the record's labels a person took from the
model's suggestions (the GUI's accept key) — ``[{"label", "annotator"}]``, empty for labels
given by hand. Read from the event log's marker, see :mod:`sverka.ops.views.suggestions`."""

from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session

from sverka.ops.export.fields import Chunk, FieldSet
from sverka.ops.views.suggestions import accepted_labels


def fill(session: Session, chunk: Chunk) -> None:
    ids = chunk.sentence_ids()
    accepted = accepted_labels(session, ids)
    chunk.columns["accepted_suggestions"] = [
        [{"label": n, "annotator": who} for n, who in accepted[sid]] if sid in accepted else [] for sid in ids
    ]


def csv_cell(value: Any) -> str:
    return "; ".join(f"{item['label']} ({item['annotator']})" for item in value or ())


SUGGESTIONS = FieldSet(
    "suggestions",
    fields=("accepted_suggestions",),
    csv_columns=("accepted_suggestions",),
    csv_cells={"accepted_suggestions": csv_cell},
    fill=fill,
    after="annotators",  # beside the labels it qualifies
)
