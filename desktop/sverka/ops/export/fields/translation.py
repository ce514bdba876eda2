"""The translation fields: the aligned translation sentences of each original sentence."""

from __future__ import annotations

from sqlalchemy.orm import Session

from sverka.ops.export.fields import Chunk, FieldSet


def fill(session: Session, chunk: Chunk) -> None:
    records = chunk.records
    for sid, source in chunk.sources.items():
        translation, targets = source.translation, source.targets
        if translation is None:
            records[sid].update(_NONE, translation_sentence_ids=[])
            continue
        content = translation.content
        records[sid].update(
            {
                # sverka.db.wording's rule, inlined (a call per sentence was most of this loop).
                "translation": " ".join(
                    [
                        edited if edited is not None else content[start:end]
                        for _, _, _, start, end, _, _, _, edited, _ in targets  # records._SENTENCE_COLS
                    ]
                )
                if targets
                else None,
                "translation_lang": translation.lang_override or translation.lang,
                "translation_origin": translation.origin,
                "translation_model": translation.model_id,
                "translation_sentence_ids": [t.id for t in targets],
                "link": source.link,
            }
        )


_NONE = {
    "translation": None,
    "translation_lang": None,
    "translation_origin": None,
    "translation_model": None,
    "link": None,  # never aligned: nothing to link
}

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
