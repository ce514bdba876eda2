"""The project's label names in schema order: the class names of columnar and spaCy exports."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from sverka.db.models import Label, Schema


def label_names(session: Session) -> list[str]:
    """Every label name once, schema by schema in their order (a name two schemas share
    is one class)."""
    rows = session.scalars(
        select(Label.name)
        .join(Schema, Schema.id == Label.schema_id)
        .order_by(Schema.position, Label.position, Label.name)
    )
    return list(dict.fromkeys(rows))
