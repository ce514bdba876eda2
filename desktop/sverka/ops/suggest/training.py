"""What a schema's model learns from: units people labeled (or marked reviewed) in this project.

Only annotators of kind ``person`` teach the model: the adjudicated gold and a model's own
pre-labels (``sverka suggest --apply``) never do, or the model would learn from itself. A
sentence with several people's labels takes their union. A sentence a person marked reviewed
without any label of the schema is a unit without labels: it teaches what the labels are *not*.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session, aliased

from sverka.core.suggest.classifier import Example
from sverka.db.models import Annotation, Annotator, Label, LabelGroup, Schema, Sentence, Text
from sverka.ops.suggest.units import unit_texts


class SuggestError(LookupError):
    """A schema or label the user named does not exist; the message is for the user."""


@dataclass(frozen=True)
class SchemaLabels:
    """A schema's labels in order, with the single-choice groups (one suggestion per group)."""

    id: str
    name: str
    label_ids: dict[str, str]  # name -> id, in schema order
    single_group: dict[str, str]  # label name -> its single-choice group id (multi-choice labels absent)

    @property
    def names(self) -> list[str]:
        return list(self.label_ids)


def schema_labels(session: Session, schema_id: str) -> SchemaLabels:
    schema = session.get(Schema, schema_id)
    if schema is None:
        raise SuggestError(f"no schema {schema_id}")
    rows = session.execute(
        select(Label.id, Label.name, Label.group_id, LabelGroup.multi)
        .outerjoin(LabelGroup, LabelGroup.id == Label.group_id)
        .where(Label.schema_id == schema_id)
        .order_by(Label.position, Label.name)
    ).all()
    single = {r.name: r.group_id for r in rows if r.group_id is not None and r.multi is False}
    return SchemaLabels(schema.id, schema.name, {r.name: r.id for r in rows}, single)


def choose_schema(session: Session, name: str | None) -> str:
    """The schema named, else the one people have labeled most (else the first)."""
    if name:
        found = session.scalar(select(Schema.id).where(Schema.name == name))
        if found is None:
            names = ", ".join(session.scalars(select(Schema.name).order_by(Schema.position)))
            raise SuggestError(f"no schema named {name!r} (schemas: {names or 'none'})")
        return found
    most = session.execute(
        select(Label.schema_id, func.count(Annotation.id).label("n"))
        .join(Annotation, Annotation.label_id == Label.id)
        .join(Annotator, Annotator.id == Annotation.annotator_id)
        .where(Annotator.kind == "person")
        .group_by(Label.schema_id)
        .order_by(func.count(Annotation.id).desc())
        .limit(1)
    ).first()
    if most is not None:
        return str(most.schema_id)
    first = session.scalar(select(Schema.id).order_by(Schema.position).limit(1))
    if first is None:
        raise SuggestError("the project has no label schema")
    return first


def labeled_by_people(session: Session, schema_id: str) -> dict[str, set[str]]:
    """sentence id -> the label names people gave it in this schema (maybe none: reviewed only)."""
    found: dict[str, set[str]] = defaultdict(set)
    for sid, name in session.execute(
        select(Annotation.sentence_id, Label.name)
        .join(Label, Label.id == Annotation.label_id)
        .join(Annotator, Annotator.id == Annotation.annotator_id)
        .where(Annotator.kind == "person", Label.schema_id == schema_id)
    ):
        found[sid].add(name)
    reviewer = aliased(Annotator)
    for (sid,) in session.execute(
        select(Sentence.id).join(reviewer, reviewer.id == Sentence.reviewed_by).where(reviewer.kind == "person")
    ):
        found.setdefault(sid, set())
    return found


def training_units(session: Session, schema_id: str) -> list[Example]:
    labeled = labeled_by_people(session, schema_id)
    texts = unit_texts(session, labeled)
    article = _articles(session, list(labeled))
    return [
        Example(texts[sid], frozenset(names), article.get(sid, "")) for sid, names in labeled.items() if sid in texts
    ]


def _articles(session: Session, sentence_ids: list[str]) -> dict[str, str]:
    out: dict[str, str] = {}
    for at in range(0, len(sentence_ids), 500):
        part = sentence_ids[at : at + 500]
        for sid, article_id in session.execute(
            select(Sentence.id, Text.article_id).join(Text, Text.id == Sentence.text_id).where(Sentence.id.in_(part))
        ):
            out[sid] = article_id
    return out


def fingerprint(session: Session, schema_id: str) -> tuple[object, ...]:
    """Changes whenever people's labels of the schema (or reviewed marks) change: counts and the
    latest times, two cheap aggregate queries (a retrain is decided on each label change)."""
    labels = session.execute(
        select(func.count(Annotation.id), func.max(Annotation.created_at))
        .join(Label, Label.id == Annotation.label_id)
        .join(Annotator, Annotator.id == Annotation.annotator_id)
        .where(Annotator.kind == "person", Label.schema_id == schema_id)
    ).one()
    reviewed = session.execute(
        select(func.count(Sentence.id), func.max(Sentence.reviewed_at)).where(Sentence.reviewed_by.is_not(None))
    ).one()
    return (schema_id, *labels, *reviewed)
