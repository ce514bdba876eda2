"""Editing a label schema as undoable commands: add/rename/recolour labels, set hotkeys and
groups, add groups and switch them between single- and multi-choice.

Each change is one :class:`~sverka.ops.history.Command`, so the schema editor's edits are
committed at once, logged, and undone with Ctrl+Z like any tagging action.
"""

from __future__ import annotations

import re
from typing import Any, Self

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from sverka.db.models import Label, LabelGroup, new_id
from sverka.ops.annotation.schemas import PALETTE, SchemaError
from sverka.ops.history import Changes, Command

LABEL_FIELDS = ("name", "color", "hotkey", "group_id", "description")
GROUP_FIELDS = ("name", "multi")
_COLOR = re.compile(r"^#[0-9a-fA-F]{6}$")


class _Update(Command):
    """Set some fields of one row; ``before`` holds their old values for undo."""

    model: type[Label] | type[LabelGroup]

    def __init__(self, row_id: str, before: dict[str, Any], after: dict[str, Any]) -> None:
        self.row_id, self.before, self.after = row_id, before, after

    def _write(self, session: Session, values: dict[str, Any]) -> Changes:
        row = session.get(self.model, self.row_id)
        if row is None:
            raise LookupError(f"no {self.model.__tablename__} {self.row_id}")
        for key, value in values.items():
            setattr(row, key, value)
        session.flush()
        return Changes(schema=True)

    def apply(self, session: Session) -> Changes:
        return self._write(session, self.after)

    def revert(self, session: Session) -> Changes:
        return self._write(session, self.before)

    def to_payload(self) -> dict[str, Any]:
        return {"id": self.row_id, "before": self.before, "after": self.after}

    @classmethod
    def from_payload(cls, payload: dict[str, Any]) -> Self:
        return cls(payload["id"], payload["before"], payload["after"])


class UpdateLabel(_Update):
    kind = "update_label"
    model = Label

    def describe(self) -> str:
        return f"edit label {self.after.get('name') or self.before.get('name') or ''}".strip()


class UpdateGroup(_Update):
    kind = "update_label_group"
    model = LabelGroup

    def describe(self) -> str:
        return "edit label group"


class _Add(Command):
    model: type[Label] | type[LabelGroup]

    def __init__(self, row: dict[str, Any]) -> None:
        self.row = row

    def apply(self, session: Session) -> Changes:
        session.add(self.model(**self.row))
        session.flush()
        return Changes(schema=True)

    def revert(self, session: Session) -> Changes:
        row = session.get(self.model, self.row["id"])
        if row is not None:
            session.delete(row)
            session.flush()
        return Changes(schema=True)

    def to_payload(self) -> dict[str, Any]:
        return {"row": self.row}

    @classmethod
    def from_payload(cls, payload: dict[str, Any]) -> Self:
        return cls(payload["row"])


class AddLabel(_Add):
    kind = "add_schema_label"
    model = Label

    def describe(self) -> str:
        return f"add label {self.row['name']}"


class AddGroup(_Add):
    kind = "add_label_group"
    model = LabelGroup

    def describe(self) -> str:
        return f"add group {self.row['name']}"


def _check_label(session: Session, schema_id: str, label_id: str | None, values: dict[str, Any]) -> None:
    if "name" in values:
        name = str(values["name"]).strip()
        if not name:
            raise SchemaError("a label needs a name")
        clash = session.scalar(
            select(Label.id).where(Label.schema_id == schema_id, Label.name == name, Label.id != (label_id or ""))
        )
        if clash:
            raise SchemaError(f"the schema already has a label {name!r}")
    if "color" in values and not _COLOR.match(str(values["color"])):
        raise SchemaError("colour must look like #1f77b4")
    if values.get("hotkey"):
        key = str(values["hotkey"])
        if len(key) != 1 or not key.isprintable() or key.isspace() or key.lower() in "jkn":
            raise SchemaError(f"hotkey {key!r}: use one character other than j, k, n and space")
        clash = session.scalar(
            select(Label.name).where(
                Label.schema_id == schema_id,
                func.lower(Label.hotkey) == key.lower(),
                Label.id != (label_id or ""),
            )
        )
        if clash:
            raise SchemaError(f"hotkey {key!r} is already used by {clash!r}")


def build_update_label(session: Session, label_id: str, **values: Any) -> Command | None:
    """Change a label's name, colour, hotkey (None removes it), group or description."""
    label = session.get(Label, label_id)
    if label is None:
        raise LookupError(f"no label {label_id}")
    values = {k: v for k, v in values.items() if k in LABEL_FIELDS and getattr(label, k) != v}
    if "hotkey" in values and values["hotkey"] == "":
        values["hotkey"] = None
    if not values:
        return None
    _check_label(session, label.schema_id, label_id, values)
    before = {k: getattr(label, k) for k in values}
    return UpdateLabel(label_id, before, values)


def build_add_label(
    session: Session, schema_id: str, group_id: str | None, name: str, hotkey: str | None = None
) -> Command:
    """A new label at the end of the schema, with the next palette colour."""
    values = {"name": name.strip(), "hotkey": hotkey or None}
    _check_label(session, schema_id, None, values)
    count = int(session.scalar(select(func.count(Label.id)).where(Label.schema_id == schema_id)) or 0)
    top = session.scalar(select(func.max(Label.position)).where(Label.schema_id == schema_id))
    return AddLabel(
        {
            "id": new_id(),
            "schema_id": schema_id,
            "group_id": group_id,
            "name": values["name"],
            "color": PALETTE[count % len(PALETTE)],
            "hotkey": values["hotkey"],
            "description": "",
            "position": (top + 1) if top is not None else 0,
        }
    )


def build_update_group(session: Session, group_id: str, **values: Any) -> Command | None:
    group = session.get(LabelGroup, group_id)
    if group is None:
        raise LookupError(f"no label group {group_id}")
    values = {k: v for k, v in values.items() if k in GROUP_FIELDS and getattr(group, k) != v}
    if "name" in values:
        values["name"] = str(values["name"]).strip()
        if not values["name"]:
            raise SchemaError("a group needs a name")
        if session.scalar(
            select(LabelGroup.id).where(
                LabelGroup.schema_id == group.schema_id,
                LabelGroup.name == values["name"],
                LabelGroup.id != group_id,
            )
        ):
            raise SchemaError(f"the schema already has a group {values['name']!r}")
    if not values:
        return None
    return UpdateGroup(group_id, {k: getattr(group, k) for k in values}, values)


def build_add_group(session: Session, schema_id: str, name: str, multi: bool = True) -> Command:
    name = name.strip()
    if not name or session.scalar(
        select(LabelGroup.id).where(LabelGroup.schema_id == schema_id, LabelGroup.name == name)
    ):
        raise SchemaError(f"group name {name!r} is empty or taken")
    top = session.scalar(select(func.max(LabelGroup.position)).where(LabelGroup.schema_id == schema_id))
    return AddGroup(
        {
            "id": new_id(),
            "schema_id": schema_id,
            "name": name,
            "multi": multi,
            "position": (top + 1) if top is not None else 0,
        }
    )
