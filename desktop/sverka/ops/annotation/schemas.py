"""Label schemas: loading the JSON format, installing defaults, finding labels, annotators."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from sverka.db.credentials import one_line
from sverka.db.models import Annotator, Label, LabelGroup, Schema, new_id
from sverka.paths import resource

ADHOC_SCHEMA = "Imported labels"
_COLOR_RE = re.compile(r"^#[0-9a-fA-F]{6}$")
PALETTE = ["#1f77b4", "#d62728", "#2ca02c", "#ff7f0e", "#9467bd", "#8c564b", "#e377c2", "#17becf", "#bcbd22"]


class SchemaError(ValueError):
    """A schema file or definition is invalid; the message names the place."""


@dataclass(frozen=True)
class LabelInfo:
    id: str
    name: str
    color: str
    hotkey: str | None
    schema: str
    group: str | None
    multi: bool


def validate_schema(data: Any, where: str) -> dict[str, Any]:
    """Check a schema document (see resources/schemas/README.md); return it."""
    if not isinstance(data, dict) or not isinstance(data.get("name"), str) or not data["name"].strip():
        raise SchemaError(f'{where}: a schema needs a non-empty "name"')
    groups = data.get("groups")
    if not isinstance(groups, list) or not groups:
        raise SchemaError(f'{where}: "groups" must be a non-empty list')
    seen_names: set[str] = set()
    seen_keys: set[str] = set()
    for g_index, group in enumerate(groups):
        if not isinstance(group, dict) or not isinstance(group.get("labels"), list):
            raise SchemaError(f'{where}: group {g_index + 1} needs a "labels" list')
        for label in group["labels"]:
            if not isinstance(label, dict) or not isinstance(label.get("name"), str) or not label["name"]:
                raise SchemaError(f'{where}: every label needs a "name"')
            if label["name"] in seen_names:
                raise SchemaError(f"{where}: label {label['name']!r} appears twice")
            seen_names.add(label["name"])
            color = label.get("color", "#888888")
            if not isinstance(color, str) or not _COLOR_RE.match(color):
                raise SchemaError(f"{where}: label {label['name']!r}: colour must look like #1f77b4")
            key = label.get("hotkey")
            if key is not None:
                if not isinstance(key, str) or not key:
                    raise SchemaError(f"{where}: label {label['name']!r}: hotkey must be a string")
                if key in seen_keys:
                    raise SchemaError(f"{where}: hotkey {key!r} is used twice")
                seen_keys.add(key)
    return data


def install_schema(session: Session, data: dict[str, Any]) -> Schema:
    """Add a schema with its groups and labels (names must be new in the project)."""
    if session.scalar(select(Schema.id).where(Schema.name == data["name"])):
        raise SchemaError(f"a schema named {data['name']!r} already exists")
    position = int(session.scalar(select(func.count(Schema.id))) or 0)
    schema = Schema(name=data["name"], description=data.get("description", ""), position=position)
    session.add(schema)
    session.flush()
    label_pos = 0
    for g_pos, group_data in enumerate(data["groups"]):
        group = LabelGroup(
            schema_id=schema.id,
            name=group_data.get("name") or f"group {g_pos + 1}",
            multi=bool(group_data.get("multi", True)),
            position=g_pos,
        )
        session.add(group)
        session.flush()
        for label_data in group_data["labels"]:
            session.add(
                Label(
                    schema_id=schema.id,
                    group_id=group.id,
                    name=label_data["name"],
                    color=label_data.get("color", PALETTE[label_pos % len(PALETTE)]),
                    hotkey=label_data.get("hotkey"),
                    description=label_data.get("description", ""),
                    position=label_pos,
                )
            )
            label_pos += 1
    session.flush()
    return schema


def default_schema_documents() -> list[dict[str, Any]]:
    folder = resource("schemas")
    docs = []
    for entry in sorted(folder.iterdir(), key=lambda e: e.name):
        if entry.name.endswith(".json"):
            docs.append(validate_schema(json.loads(entry.read_text("utf-8")), f"resources/schemas/{entry.name}"))
    return docs


def install_default_schemas(session: Session) -> None:
    for doc in default_schema_documents():
        if not session.scalar(select(Schema.id).where(Schema.name == doc["name"])):
            install_schema(session, doc)


def load_schema_file(path: Path) -> dict[str, Any]:
    try:
        data = json.loads(path.read_text("utf-8"))
    except OSError as exc:
        raise SchemaError(f"{path}: cannot read: {exc.strerror}") from exc
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise SchemaError(f"{path}: not a JSON schema ({exc})") from exc
    except ValueError as exc:  # a 5,000-digit number: Python's integer-digits limit
        raise SchemaError(f"{path}: not a JSON schema ({one_line(str(exc))[:120]})") from exc
    except RecursionError as exc:  # "[[[[…" 100,000 deep: json gives up with no JSON error
        raise SchemaError(f"{path}: not a JSON schema (nested too deeply)") from exc
    return validate_schema(data, str(path))


def list_labels(session: Session) -> list[LabelInfo]:
    rows = session.execute(
        select(Label, Schema.name, LabelGroup.name, LabelGroup.multi)
        .join(Schema, Schema.id == Label.schema_id)
        .outerjoin(LabelGroup, LabelGroup.id == Label.group_id)
        .order_by(Schema.position, Label.position)
    ).all()
    return [
        LabelInfo(label.id, label.name, label.color, label.hotkey, schema, group, True if multi is None else multi)
        for label, schema, group, multi in rows
    ]


def find_label(session: Session, name: str, schema: str | None = None) -> Label | None:
    """A label by name (optionally within a schema); ambiguity is an error."""
    query = select(Label).where(Label.name == name)
    if schema:
        query = query.join(Schema, Schema.id == Label.schema_id).where(Schema.name == schema)
    found = list(session.scalars(query))
    if len(found) > 1:
        raise SchemaError(f"label {name!r} exists in several schemas; name the schema")
    return found[0] if found else None


def create_adhoc_label(session: Session, name: str) -> Label:
    schema = session.scalar(select(Schema).where(Schema.name == ADHOC_SCHEMA))
    if schema is None:
        position = int(session.scalar(select(func.count(Schema.id))) or 0)
        schema = Schema(
            name=ADHOC_SCHEMA, description="Labels created by scripts (sverka tag --create-labels)", position=position
        )
        session.add(schema)
        session.flush()
    count = int(session.scalar(select(func.count(Label.id)).where(Label.schema_id == schema.id)) or 0)
    label = Label(schema_id=schema.id, name=name, color=PALETTE[count % len(PALETTE)], position=count)
    session.add(label)
    session.flush()
    return label


def find_annotator_id(session: Session, name: str) -> str | None:
    """The id of an annotator by name, None if they never worked here (reading a read-only project)."""
    return session.scalar(select(Annotator.id).where(Annotator.name == name.strip()))


def annotator_id(session: Session, name: str) -> str:
    """The id of an annotator by name, created on first use."""
    name = name.strip()
    if not name:
        raise SchemaError("annotator name must not be empty")
    found = session.scalar(select(Annotator.id).where(Annotator.name == name))
    if found:
        return found
    # Another writer may create the same annotator between the select and the insert (two
    # `sverka tag` with one name): insert-or-ignore, then read whichever row won.
    session.flush()
    session.execute(
        _insert_for(session)(Annotator)
        .values(id=new_id(), name=name, kind="person")
        .on_conflict_do_nothing(index_elements=[Annotator.name])
    )
    created = session.scalar(select(Annotator.id).where(Annotator.name == name))
    assert created is not None  # inserted here, or committed by the other writer
    return created


def _insert_for(session: Session) -> Any:
    """The dialect's INSERT, which has ``on_conflict_do_nothing`` (SQLite and PostgreSQL)."""
    if session.get_bind().dialect.name == "postgresql":
        return postgresql.insert
    return sqlite.insert
