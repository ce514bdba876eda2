"""The translation fields: the aligned translation sentences of each original sentence."""

from __future__ import annotations

from sqlalchemy.orm import Session

from sverka.db.wording import sentence_wording
from sverka.ops.export.fields import Chunk, FieldSet


def fill(session: Session, chunk: Chunk) -> None:
    for sid, source in chunk.sources.items():
        record = chunk.records[sid]
        translation, targets = source.translation, source.targets
        record["translation"] = (
            " ".join(sentence_wording(translation, t) for t in targets) if translation and targets else None
        )
        record["translation_lang"] = (translation.lang_override or translation.lang) if translation else None
        record["translation_origin"] = translation.origin if translation else None
        record["translation_model"] = translation.model_id if translation else None
        record["translation_sentence_ids"] = [t.id for t in targets]
        record["link"] = source.link


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
