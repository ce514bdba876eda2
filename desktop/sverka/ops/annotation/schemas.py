"""Label schemas: loading the JSON format, installing defaults, finding labels, annotators."""

from __future__ import annotations

import json
import re
from collections.abc import Callable
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


RESERVED_KEYS = ("j", "k", "n", " ")  # the annotation screen's own keys (README of resources/schemas)


def _line(text: str | None, token: object) -> str:
    """ ":LINE" of the first place ``token`` (a JSON value) is written in ``text``, when known."""
    if text is None or token is None:
        return ""
    found = text.find(json.dumps(token, ensure_ascii=False))
    return f":{text.count(chr(10), 0, found) + 1}" if found >= 0 else ""


def _check_label(
    label: Any, group: object, seen_names: set[str], seen_keys: set[str], fail: Callable[..., SchemaError]
) -> None:
    if not isinstance(label, dict) or not isinstance(label.get("name"), str) or not label["name"]:
        raise fail('every label needs a "name"', group)
    name = label["name"]
    if name in seen_names:
        raise fail(f"label {name!r} appears twice", name)
    seen_names.add(name)
    color = label.get("color", "#888888")
    if not isinstance(color, str) or not _COLOR_RE.match(color):
        raise fail(f"label {name!r}: colour must look like #1f77b4", name)
    key = label.get("hotkey")
    if key is not None:
        if not isinstance(key, str) or len(key) != 1:
            raise fail(f"label {name!r}: hotkey must be one character", name)
        if key in RESERVED_KEYS:
            raise fail(f"label {name!r}: hotkey {key!r} is kept for moving around", name)
        if key in seen_keys:
            raise fail(f"hotkey {key!r} is used twice", name)
        seen_keys.add(key)
    if not isinstance(label.get("description", ""), str):
        raise fail(f"label {name!r}: description must be text", name)


def validate_schema(data: Any, where: str, text: str | None = None) -> dict[str, Any]:
    """Check a schema document (see resources/schemas/README.md); return it. With the file's
    ``text``, a message names the line (``FILE:LINE: …``)."""

    def fail(message: str, token: object = None, line: int | None = None) -> SchemaError:
        at = f":{line}" if line is not None and text is not None else _line(text, token)
        return SchemaError(f"{where}{at}: {message}")

    if not isinstance(data, dict) or not isinstance(data.get("name"), str) or not data["name"].strip():
        raise fail('a schema needs a non-empty "name"', line=1)
    groups = data.get("groups")
    if not isinstance(groups, list) or not groups:
        raise fail('"groups" must be a non-empty list', "groups")
    seen_names: set[str] = set()
    seen_keys: set[str] = set()
    seen_groups: set[str] = set()
    for g_index, group in enumerate(groups):
        if not isinstance(group, dict) or not isinstance(group.get("labels"), list):
            name = group.get("name") if isinstance(group, dict) else None
            raise fail(f'group {g_index + 1} needs a "labels" list', name or "groups")
        gname = group.get("name")
        if gname is not None and (not isinstance(gname, str) or gname in seen_groups):
            raise fail(f"group {gname!r} appears twice" if gname in seen_groups else "a group name is text", gname)
        seen_groups.add(str(gname))
        if "multi" in group and not isinstance(group["multi"], bool):
            raise fail(f'group {gname!r}: "multi" must be true or false', gname)
        for label in group["labels"]:
            _check_label(label, gname, seen_names, seen_keys, fail)
    return data


def install_schema(session: Session, data: dict[str, Any]) -> Schema:
    """Add a schema with its groups and labels (names must be new in the project)."""
    if session.scalar(select(Schema.id).where(Schema.name == data["name"])):
        raise SchemaError(f"a schema named {data['name']!r} already exists")
    position = int(session.scalar(select(func.count(Schema.id))) or 0)
    schema = Schema(name=data["name"], description=data.get("description", ""), position=position)
    if data.get("id"):  # ids given in advance (an undoable import): the same rows on a redo
        schema.id = data["id"]
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
        if group_data.get("id"):
            group.id = group_data["id"]
        session.add(group)
        session.flush()
        for label_data in group_data["labels"]:
            session.add(
                Label(
                    **({"id": label_data["id"]} if label_data.get("id") else {}),
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
    """A schema file, checked; a bad one raises SchemaError naming the file and line."""
    try:
        text = path.read_text("utf-8")
    except OSError as exc:
        raise SchemaError(f"{path}: cannot read: {exc.strerror}") from exc
    except UnicodeDecodeError as exc:
        raise SchemaError(f"{path}: not UTF-8 text (byte {exc.start})") from exc
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise SchemaError(f"{path}:{exc.lineno}: not a JSON schema: {exc.msg} (column {exc.colno})") from exc
    except ValueError as exc:  # a 5,000-digit number: Python's integer-digits limit
        raise SchemaError(f"{path}: not a JSON schema ({one_line(str(exc))[:120]})") from exc
    except RecursionError as exc:  # "[[[[…" 100,000 deep: json gives up with no JSON error
        raise SchemaError(f"{path}: not a JSON schema (nested too deeply)") from exc
    return validate_schema(data, str(path), text)


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
