"""Curation of names as undoable, logged commands: merge, split, rename, not-a-name, style.

Each ``build_*`` reads the current state and returns the command that moves it to the
wanted one (None when nothing changes); :func:`sverka.ops.history.execute` applies and
logs it. Payloads name every row they move, so undo puts back exactly what was there.
Curation is stored on entities and variants, which detection uses as its alias table,
so every decision also applies to later imports.
"""

from __future__ import annotations

from typing import Any, Self

from sqlalchemy import delete, insert, select, update
from sqlalchemy.orm import Session

from sverka.core.names.keys import name_key
from sverka.db.models import Entity, Mention, Variant, new_id
from sverka.ops.history import Changes, Command
from sverka.ops.names.detect import CURATED, merged_into


def _entity(session: Session, entity_id: str) -> Entity:
    entity = session.get(Entity, entity_id)
    if entity is None:
        raise LookupError(f"no entity {entity_id}")
    return entity


def _set_data(session: Session, entity_id: str, key: str, value: Any) -> None:
    """Set (or with None remove) one key of Entity.data; a new dict so the JSON column saves."""
    entity = _entity(session, entity_id)
    data = dict(entity.data or {})
    if value is None:
        data.pop(key, None)
    else:
        data[key] = value
    entity.data = data
    session.flush()


def _variant_row(v: Variant) -> dict[str, Any]:
    return {
        "id": v.id,
        "entity_id": v.entity_id,
        "spelling": v.spelling,
        "lang": v.lang,
        "script": v.script,
        "key": v.key,
        "origin": v.origin,
        "not_a_name": v.not_a_name,
    }


class MergeEntities(Command):
    """Entity ``source`` into ``target``: its variants (and so their mentions) move over.

    A spelling both entities have collapses into the target's variant; the source stays
    as a redirect (``data["merged_into"]``) so later imports that find it land in the target.
    """

    kind = "names_merge"

    def __init__(
        self,
        target: str,
        source: str,
        moved: list[str],
        collapsed: list[dict[str, Any]],
        names: tuple[str, str] = ("", ""),
    ) -> None:
        self.target, self.source, self.moved, self.collapsed, self.names = target, source, moved, collapsed, names

    def apply(self, session: Session) -> Changes:
        for item in self.collapsed:  # {"row": variant row, "into": variant id, "mentions": [ids]}
            session.execute(update(Mention).where(Mention.id.in_(item["mentions"])).values(variant_id=item["into"]))
            session.execute(delete(Variant).where(Variant.id == item["row"]["id"]))
        if self.moved:
            session.execute(update(Variant).where(Variant.id.in_(self.moved)).values(entity_id=self.target))
        _set_data(session, self.source, "merged_into", self.target)
        return Changes(entities={self.target, self.source}, names=True)

    def revert(self, session: Session) -> Changes:
        _set_data(session, self.source, "merged_into", None)
        if self.moved:
            session.execute(update(Variant).where(Variant.id.in_(self.moved)).values(entity_id=self.source))
        for item in self.collapsed:
            session.execute(insert(Variant), [item["row"]])
            session.execute(
                update(Mention).where(Mention.id.in_(item["mentions"])).values(variant_id=item["row"]["id"])
            )
        return Changes(entities={self.target, self.source}, names=True)

    def to_payload(self) -> dict[str, Any]:
        return {
            "target": self.target,
            "source": self.source,
            "moved": self.moved,
            "collapsed": self.collapsed,
            "names": list(self.names),
        }

    @classmethod
    def from_payload(cls, payload: dict[str, Any]) -> Self:
        names = payload.get("names") or ["", ""]
        return cls(payload["target"], payload["source"], payload["moved"], payload["collapsed"], (names[0], names[1]))

    def describe(self) -> str:
        return f"merge {self.names[1]} into {self.names[0]}" if self.names[0] else "merge names"


def build_merge(session: Session, target_id: str, source_id: str) -> Command | None:
    """Merge entity ``source_id`` into ``target_id`` (both live entities)."""
    return build_merge_many(session, target_id, [source_id])


def build_merge_many(session: Session, target_id: str, source_ids: list[str]) -> Command | None:
    """Merge several entities into ``target_id`` as one undo step."""
    from sverka.ops.history import Macro

    target = _entity(session, target_id)
    # Spellings the target will hold, updated as each source moves over, so two sources
    # sharing a spelling collapse into one variant instead of breaking the unique key.
    theirs = {v.spelling: v.id for v in session.scalars(select(Variant).where(Variant.entity_id == target_id))}
    steps: list[Command] = []
    for source_id in dict.fromkeys(source_ids):
        if source_id == target_id:
            continue
        source = _entity(session, source_id)
        for e in (target, source):
            if merged_into(e.data):
                raise ValueError(f"{e.canonical} was merged already; pick the entity it was merged into")
        moved: list[str] = []
        collapsed: list[dict[str, Any]] = []
        for v in session.scalars(select(Variant).where(Variant.entity_id == source_id)):
            if v.spelling in theirs:
                mentions = list(session.scalars(select(Mention.id).where(Mention.variant_id == v.id)))
                collapsed.append({"row": _variant_row(v), "into": theirs[v.spelling], "mentions": mentions})
            else:
                moved.append(v.id)
                theirs[v.spelling] = v.id
        steps.append(MergeEntities(target_id, source_id, moved, collapsed, (target.canonical, source.canonical)))
    if len(steps) <= 1:
        return steps[0] if steps else None
    return Macro(steps, f"merge {len(steps)} names into {target.canonical}")


class SplitVariant(Command):
    """A variant leaves its entity for a new, curated entity named after it."""

    kind = "names_split"

    def __init__(self, variant_id: str, old_entity: str, new_entity: dict[str, Any], old_origin: str) -> None:
        self.variant_id, self.old_entity, self.new_entity, self.old_origin = (
            variant_id,
            old_entity,
            new_entity,
            old_origin,
        )

    def apply(self, session: Session) -> Changes:
        session.execute(insert(Entity), [self.new_entity])
        session.execute(
            update(Variant).where(Variant.id == self.variant_id).values(entity_id=self.new_entity["id"], origin=CURATED)
        )
        return Changes(entities={self.old_entity, self.new_entity["id"]}, names=True)

    def revert(self, session: Session) -> Changes:
        # Variants a later import attached to the new entity go back with it (none are lost).
        session.execute(
            update(Variant).where(Variant.entity_id == self.new_entity["id"]).values(entity_id=self.old_entity)
        )
        session.execute(update(Variant).where(Variant.id == self.variant_id).values(origin=self.old_origin))
        session.execute(delete(Entity).where(Entity.id == self.new_entity["id"]))
        return Changes(entities={self.old_entity, self.new_entity["id"]}, names=True)

    def to_payload(self) -> dict[str, Any]:
        return {
            "variant_id": self.variant_id,
            "old_entity": self.old_entity,
            "new_entity": self.new_entity,
            "old_origin": self.old_origin,
        }

    @classmethod
    def from_payload(cls, payload: dict[str, Any]) -> Self:
        return cls(payload["variant_id"], payload["old_entity"], payload["new_entity"], payload["old_origin"])

    def describe(self) -> str:
        return f"split {self.new_entity['canonical']} out"


def build_split(session: Session, variant_id: str, canonical: str | None = None) -> Command | None:
    """Split a variant out of its entity into a new entity (canonical: the spelling)."""
    v = session.get(Variant, variant_id)
    if v is None:
        raise LookupError(f"no variant {variant_id}")
    old = _entity(session, v.entity_id)
    if session.scalar(select(Variant.id).where(Variant.entity_id == old.id, Variant.id != v.id).limit(1)) is None:
        return None  # the only variant: the entity already is just this spelling
    name = (canonical or v.spelling).strip()
    row: dict[str, Any] = {
        "id": new_id(),
        "canonical": name,
        "kind": old.kind,
        "origin": CURATED,
        "gazetteer_key": None,
        "cluster_key": f"curated:{name_key(name) or name}"[:300],
        "not_a_name": False,
        "data": {},
    }
    return SplitVariant(v.id, old.id, row, v.origin)


class RenameEntity(Command):
    """A new canonical form; an auto entity becomes curated so re-detection keeps it."""

    kind = "names_rename"

    def __init__(self, entity_id: str, before: str, after: str, origin_before: str, origin_after: str) -> None:
        self.entity_id, self.before, self.after = entity_id, before, after
        self.origin_before, self.origin_after = origin_before, origin_after

    def _write(self, session: Session, canonical: str, origin: str) -> Changes:
        entity = _entity(session, self.entity_id)
        entity.canonical, entity.origin = canonical, origin
        session.flush()
        return Changes(entities={self.entity_id}, names=True)

    def apply(self, session: Session) -> Changes:
        return self._write(session, self.after, self.origin_after)

    def revert(self, session: Session) -> Changes:
        return self._write(session, self.before, self.origin_before)

    def to_payload(self) -> dict[str, Any]:
        return {
            "entity_id": self.entity_id,
            "before": self.before,
            "after": self.after,
            "origin_before": self.origin_before,
            "origin_after": self.origin_after,
        }

    @classmethod
    def from_payload(cls, payload: dict[str, Any]) -> Self:
        return cls(
            payload["entity_id"], payload["before"], payload["after"], payload["origin_before"], payload["origin_after"]
        )

    def describe(self) -> str:
        return f"rename {self.before} to {self.after}"


def build_rename(session: Session, entity_id: str, canonical: str) -> Command | None:
    entity = _entity(session, entity_id)
    name = canonical.strip()
    if not name:
        raise ValueError("a canonical name must not be empty")
    if name == entity.canonical:
        return None
    after_origin = CURATED if entity.origin == "auto" else entity.origin
    return RenameEntity(entity_id, entity.canonical, name[:300], entity.origin, after_origin)


class SetNotAName(Command):
    """Mark an entity or one variant "not a name": its mentions leave views and exports."""

    kind = "names_not_a_name"

    def __init__(self, target: str, row_id: str, value: bool, label: str = "") -> None:
        self.target, self.row_id, self.value, self.label = target, row_id, value, label  # target: entity|variant

    def _write(self, session: Session, value: bool) -> Changes:
        table = Entity if self.target == "entity" else Variant
        session.execute(update(table).where(table.id == self.row_id).values(not_a_name=value))
        eid = (
            self.row_id
            if self.target == "entity"
            else session.scalar(select(Variant.entity_id).where(Variant.id == self.row_id))
        )
        return Changes(entities={eid} if eid else set(), names=True)

    def apply(self, session: Session) -> Changes:
        return self._write(session, self.value)

    def revert(self, session: Session) -> Changes:
        return self._write(session, not self.value)

    def to_payload(self) -> dict[str, Any]:
        return {"target": self.target, "id": self.row_id, "value": self.value, "label": self.label}

    @classmethod
    def from_payload(cls, payload: dict[str, Any]) -> Self:
        return cls(payload["target"], payload["id"], payload["value"], payload.get("label", ""))

    def describe(self) -> str:
        return f"{'not a name' if self.value else 'a name again'}: {self.label}"


def build_not_a_name(
    session: Session, *, entity_id: str | None = None, variant_id: str | None = None, value: bool = True
) -> Command | None:
    """Set the not-a-name flag of an entity or (with ``variant_id``) of one variant."""
    if (entity_id is None) == (variant_id is None):
        raise ValueError("name an entity or a variant")
    if variant_id is not None:
        v = session.get(Variant, variant_id)
        if v is None:
            raise LookupError(f"no variant {variant_id}")
        return None if v.not_a_name == value else SetNotAName("variant", v.id, value, v.spelling)
    e = _entity(session, entity_id or "")
    return None if e.not_a_name == value else SetNotAName("entity", e.id, value, e.canonical)


class SetStyle(Command):
    """The project's chosen spelling of an entity in one language (``data["style"]``)."""

    kind = "names_style"

    def __init__(self, entity_id: str, lang: str, before: str | None, after: str | None, label: str = "") -> None:
        self.entity_id, self.lang, self.before, self.after, self.label = entity_id, lang, before, after, label

    def _write(self, session: Session, spelling: str | None) -> Changes:
        style = dict(_entity(session, self.entity_id).data.get("style") or {})
        if spelling is None:
            style.pop(self.lang, None)
        else:
            style[self.lang] = spelling
        _set_data(session, self.entity_id, "style", style or None)
        return Changes(entities={self.entity_id}, names=True)

    def apply(self, session: Session) -> Changes:
        return self._write(session, self.after)

    def revert(self, session: Session) -> Changes:
        return self._write(session, self.before)

    def to_payload(self) -> dict[str, Any]:
        return {
            "entity_id": self.entity_id,
            "lang": self.lang,
            "before": self.before,
            "after": self.after,
            "label": self.label,
        }

    @classmethod
    def from_payload(cls, payload: dict[str, Any]) -> Self:
        return cls(payload["entity_id"], payload["lang"], payload["before"], payload["after"], payload.get("label", ""))

    def describe(self) -> str:
        return f"style {self.label} in {self.lang}: {self.after}" if self.after else f"clear style in {self.lang}"


def build_style(session: Session, entity_id: str, lang: str, spelling: str | None) -> Command | None:
    """Choose (or with None clear) the spelling of an entity in language ``lang``."""
    entity = _entity(session, entity_id)
    lang = lang.strip().lower()
    if not lang:
        raise ValueError("a language code is needed (e.g. en, ru, kk)")
    after = spelling.strip() if spelling and spelling.strip() else None
    before = (entity.data or {}).get("style", {}).get(lang)
    return None if before == after else SetStyle(entity_id, lang, before, after, entity.canonical)
