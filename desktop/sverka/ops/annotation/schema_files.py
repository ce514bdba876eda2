"""Schema files in and out of a project, in the format of ``resources/schemas/README.md``.

Import is an undoable :class:`~sverka.ops.history.Command` (its ids are chosen before it runs,
so a redo makes the same rows and the undo log can name them); undoing it is refused once a
sentence carries one of its labels. Export writes the documented format, so a file exported
from one project imports into another, and the shipped files round-trip.
"""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any, Self

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from sverka.db.models import Annotation, Label, LabelGroup, Schema, new_id
from sverka.ops.annotation.schemas import PALETTE, SchemaError, install_schema, load_schema_file, validate_schema
from sverka.ops.history import Changes, Command


def schema_document(session: Session, name: str | None = None) -> dict[str, Any]:
    """A schema of the project (by name; the first one when None) as a schema-file document."""
    query = select(Schema).order_by(Schema.position, Schema.name)
    if name is not None:
        query = query.where(Schema.name == name)
    schema = session.scalars(query).first()
    if schema is None:
        known = ", ".join(session.scalars(select(Schema.name).order_by(Schema.position)))
        raise SchemaError(f"no schema {name!r} (the project has: {known or 'none'})" if name else "no schema")
    groups: list[dict[str, Any]] = []
    by_group: dict[str | None, list[dict[str, Any]]] = {}
    for group in session.scalars(
        select(LabelGroup).where(LabelGroup.schema_id == schema.id).order_by(LabelGroup.position)
    ):
        labels: list[dict[str, Any]] = []
        by_group[group.id] = labels
        groups.append({"name": group.name, "multi": bool(group.multi), "labels": labels})
    for label in session.scalars(select(Label).where(Label.schema_id == schema.id).order_by(Label.position)):
        row: dict[str, Any] = {"name": label.name, "color": label.color}
        if label.hotkey:
            row["hotkey"] = label.hotkey
        if label.description:
            row["description"] = label.description
        if label.group_id not in by_group:  # labels outside any group (made by scripts): one group for them
            by_group[label.group_id] = []
            groups.append({"name": "labels", "multi": True, "labels": by_group[label.group_id]})
        by_group[label.group_id].append(row)
    doc: dict[str, Any] = {"name": schema.name}
    if schema.description:
        doc["description"] = schema.description
    doc["groups"] = [g for g in groups if g["labels"]] or groups
    return doc


def dump_document(doc: dict[str, Any]) -> str:
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"


def write_schema_file(session: Session, path: Path, name: str | None = None) -> dict[str, Any]:
    """Write a schema to ``path`` (UTF-8 JSON); the document written."""
    doc = schema_document(session, name)
    try:
        path.write_text(dump_document(doc), encoding="utf-8")
    except OSError as exc:
        raise SchemaError(f"{path}: cannot write: {exc.strerror}") from exc
    return doc


def new_schema_document(session: Session, name: str) -> dict[str, Any]:
    """A schema to start from: one multi-choice group with one label."""
    label = {"name": "label 1", "color": PALETTE[0], "hotkey": "1"}
    doc: dict[str, Any] = {"name": name.strip(), "groups": [{"name": "labels", "multi": True, "labels": [label]}]}
    return validate_schema(doc, "new schema")


class ImportSchema(Command):
    """Add a whole schema (groups and labels) from a document whose rows carry their ids."""

    kind = "import_schema"

    def __init__(self, doc: dict[str, Any]) -> None:
        self.doc = doc

    def apply(self, session: Session) -> Changes:
        install_schema(session, self.doc)
        return Changes(schema=True)

    def revert(self, session: Session) -> Changes:
        schema_id = self.doc["id"]
        label_ids = select(Label.id).where(Label.schema_id == schema_id)
        if session.scalar(select(func.count(Annotation.id)).where(Annotation.label_id.in_(label_ids))):
            raise SchemaError(f"schema {self.doc['name']!r} is in use (sentences carry its labels); not removed")
        session.execute(delete(Label).where(Label.schema_id == schema_id))
        session.execute(delete(LabelGroup).where(LabelGroup.schema_id == schema_id))
        session.execute(delete(Schema).where(Schema.id == schema_id))
        session.flush()
        return Changes(schema=True)

    def to_payload(self) -> dict[str, Any]:
        return {"doc": self.doc}

    @classmethod
    def from_payload(cls, payload: dict[str, Any]) -> Self:
        return cls(payload["doc"])

    def describe(self) -> str:
        return f"import schema {self.doc['name']}"


def build_import_schema(session: Session, doc: dict[str, Any]) -> Command:
    """The command that adds ``doc`` (already validated); a taken name is refused."""
    if session.scalar(select(Schema.id).where(Schema.name == doc["name"])):
        raise SchemaError(f"a schema named {doc['name']!r} already exists in the project")
    planned = copy.deepcopy(doc)
    planned["id"] = new_id()
    for group in planned["groups"]:
        group["id"] = new_id()
        for label in group["labels"]:
            label["id"] = new_id()
    return ImportSchema(planned)


def read_schema_file(path: Path) -> dict[str, Any]:
    """A schema file, checked (SchemaError names the file and line)."""
    return load_schema_file(path)
