"""A label schema's groups and labels, as the schema editor shows them."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from sverka.db.models import Label, LabelGroup, Schema


@dataclass(frozen=True)
class GroupRow:
    id: str
    name: str
    multi: bool


@dataclass(frozen=True)
class SchemaLabelRow:
    id: str
    name: str
    color: str
    hotkey: str | None
    group_id: str | None
    description: str = ""


@dataclass(frozen=True)
class SchemaDetail:
    id: str
    name: str
    description: str
    groups: tuple[GroupRow, ...]
    labels: tuple[SchemaLabelRow, ...]


def schema_detail(session: Session, name: str) -> SchemaDetail | None:
    """A schema's groups and labels, in their order, for the schema editor."""
    schema = session.scalar(select(Schema).where(Schema.name == name))
    if schema is None:
        return None
    groups = tuple(
        GroupRow(g.id, g.name, g.multi)
        for g in session.scalars(
            select(LabelGroup).where(LabelGroup.schema_id == schema.id).order_by(LabelGroup.position)
        )
    )
    labels = tuple(
        SchemaLabelRow(lb.id, lb.name, lb.color, lb.hotkey, lb.group_id, lb.description or "")
        for lb in session.scalars(select(Label).where(Label.schema_id == schema.id).order_by(Label.position))
    )
    return SchemaDetail(schema.id, schema.name, schema.description or "", groups, labels)
