"""The project's label names in schema order: the class names of columnar and spaCy exports."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from sverka.db.models import Annotation, Annotator, Label, Schema, Sentence


def label_names(session: Session) -> list[str]:
    """Every label name once, schema by schema in their order (a name two schemas share
    is one class)."""
    rows = session.scalars(
        select(Label.name)
        .join(Schema, Schema.id == Label.schema_id)
        .order_by(Schema.position, Label.position, Label.name)
    )
    return list(dict.fromkeys(rows))


@dataclass(frozen=True)
class FilterChoices:
    """What the export filters can choose from (the GUI's menus)."""

    labels: list[str]
    annotators: list[str]  # every annotator with a label, people first
    languages: list[str]


def filter_choices(session: Session) -> FilterChoices:
    annotators = list(
        session.scalars(
            select(Annotator.name)
            .where(select(Annotation.id).where(Annotation.annotator_id == Annotator.id).exists())
            .order_by(Annotator.kind != "person", Annotator.name)
        )
    )
    lang = func.coalesce(Sentence.lang_override, Sentence.lang)
    languages = [str(x) for x in session.scalars(select(lang).group_by(lang).order_by(func.count().desc())) if x]
    return FilterChoices(label_names(session), annotators, languages)
