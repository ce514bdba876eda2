"""The ``qa`` field: the QA findings of the record's row (issue 12), ``[{kind, detail}, …]``.

A finding belongs to every record whose sentence is among its original-side sentences, and
only for the translation the export pairs (:mod:`sverka.ops.views.qa` skips machine
translations, so theirs is always empty). Additions (0-1 rows) have no original sentence,
hence no record. The checks run once per article of the chunk.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from sqlalchemy.orm import Session

from sverka.ops.export.fields import Chunk, FieldSet
from sverka.ops.views.qa import qa_in_session


def fill(session: Session, chunk: Chunk) -> None:
    paired: dict[str, str | None] = {}  # article id -> the paired translation's id
    for source in chunk.sources:
        paired.setdefault(source.article[0], source.translation[0] if source.translation is not None else None)
    found: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for article_id, translation_id in paired.items():
        if translation_id is None:
            continue
        for f in qa_in_session(session, article_id):
            if f.translation_id == translation_id:
                for sid in f.sentence_ids:
                    found[sid].append({"kind": f.kind, "detail": f.detail})
    chunk.columns["qa"] = [found.get(sid, []) for sid in chunk.sentence_ids()]


def qa_csv_cell(value: Any) -> str:
    """The CSV rendering of ``qa``: ``omission: detail; number: detail``."""
    return "; ".join(f"{f['kind']}: {f['detail']}" for f in value or ())


QA = FieldSet("qa", fields=("qa",), csv_columns=("qa",), csv_cells={"qa": qa_csv_cell}, fill=fill)
