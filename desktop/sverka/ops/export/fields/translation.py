"""The translation fields: the aligned translation sentences of each original sentence."""

from __future__ import annotations

from sqlalchemy.orm import Session

from sverka.ops.export.fields import Chunk, FieldSet


def fill(session: Session, chunk: Chunk) -> None:
    text: list[str | None] = []
    lang: list[str | None] = []
    origin: list[str | None] = []
    model: list[str | None] = []
    ids: list[list[str]] = []
    link: list[str | None] = []
    for source in chunk.sources:
        translation, targets = source.translation, source.targets
        if translation is None:  # never aligned: nothing to link
            text.append(None)
            lang.append(None)
            origin.append(None)
            model.append(None)
            ids.append([])
            link.append(None)
            continue
        # The targets' wordings (records._SENTENCE_COLS: id, text_id, idx, kind, lang, text, …)
        text.append(" ".join([t[5] for t in targets]) if targets else None)
        lang.append(translation.lang_override or translation.lang)
        origin.append(translation.origin)
        model.append(translation.model_id)
        ids.append([t[0] for t in targets])
        link.append(source.link)
    chunk.columns.update(
        {
            "translation": text,
            "translation_lang": lang,
            "translation_origin": origin,
            "translation_model": model,
            "translation_sentence_ids": ids,
            "link": link,
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
