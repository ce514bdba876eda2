"""The translation fields: the aligned translation sentences of each original sentence."""

from __future__ import annotations

from sqlalchemy.orm import Session

from sverka.ops.export.fields import Chunk, FieldSet


def fill(session: Session, chunk: Chunk) -> None:
    sources = chunk.sources
    # records' sentence tuples: (id, text_id, idx, kind, lang, text, edited, reviewed)
    texts = [" ".join([t[5] for t in s.targets]) if s.targets else None for s in sources]
    papers = [s.translation for s in sources]
    chunk.columns.update(
        {
            "translation": texts,
            "translation_lang": [(t.lang_override or t.lang) if t is not None else None for t in papers],
            "translation_origin": [t.origin if t is not None else None for t in papers],
            "translation_model": [t.model_id if t is not None else None for t in papers],
            "translation_sentence_ids": [
                [t[0] for t in s.targets] if s.translation is not None else [] for s in sources
            ],
            "link": [s.link if s.translation is not None else None for s in sources],  # never aligned: no link
        }
    )


TRANSLATION = FieldSet(
    "translation",
    fields=(
        "translation",
        "translation_lang",
        "translation_origin",
        "translation_model",
        "translation_sentence_ids",
        "link",
    ),
    csv_columns=("translation", "translation_lang", "translation_origin", "link"),
    fill=fill,
    after="text",
)
