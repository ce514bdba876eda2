"""``sverka merge``: join copies of one project that annotators worked on apart.

All of a merge runs in one transaction of the target, so a crash leaves the target as it
was; running the same merge again adds nothing. The steps, per source:

1. *Reference rows* the copies may have grown (annotators, schemas and labels, articles,
   texts, sentences, entities, variants, the MT cache) are added when missing. A row a copy
   created on its own for something the target already has (the annotator ``bob`` created in
   both copies, an article imported twice) is matched by its natural key — name, checksum,
   (text, idx) … — and the source's id is mapped to the target's everywhere after. Alignment
   links and name mentions come along only for texts new to the target (the target's own
   alignment of a text it has stays; edits to it arrive as events).
2. *Events*: the source's logged actions the target lacks (by event id) are replayed in the
   source's order — applied to the target and appended to its log, so undo works on them
   there. An undone action is copied as undone. An action that no longer applies (its rows
   were changed in the target meanwhile) is left out and counted as a conflict.
3. *Decisions without events* (labels imported from a dataset, sessions, revisions, MQM
   issues) are added by id, unless the target's log mentions the row — then the target's
   log decides (a label the target's annotator removed is not brought back). Two copies'
   notes by the same annotator on the same sentence keep the later one.

Limits, documented in the README: an undo made in a copy of a step taken *before* the copy
was made is not carried over (both logs hold that event; which state is newer is unknown).
"""

from __future__ import annotations

import re
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, Table, cast, func, select, update
from sqlalchemy import Text as SAText
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

from sverka.db.bulk import bulk_insert
from sverka.db.models import Annotation, Base, Event, ProjectInfo
from sverka.db.project import Project
from sverka.ops.history import command_from


class MergeError(Exception):
    """A source cannot be merged into the target; the message names the file."""


# Tables whose rows are matched on these columns when their ids differ.
NATURAL_KEYS: dict[str, tuple[str, ...]] = {
    "annotator": ("name",),
    "schema": ("name",),
    "label_group": ("schema_id", "name"),
    "label": ("schema_id", "name"),
    "article": ("checksum",),
    "text": ("article_id", "role", "lang", "checksum"),
    "sentence": ("text_id", "idx"),
    "entity": ("gazetteer_key",),
    "variant": ("entity_id", "spelling"),
}
REFERENCE_TABLES = ["annotator", "schema", "label_group", "label", "article", "text", "sentence", "entity", "variant"]
TEXT_DERIVED = {"link": "translation_id", "mention": "text_id"}
DECISION_TABLES = ["annotation", "note", "work_session", "revision", "mqm_issue"]
DECISION_UNIQUE: dict[str, tuple[str, ...]] = {
    "annotation": ("sentence_id", "label_id", "annotator_id"),
    "note": ("sentence_id", "annotator_id"),
}


@dataclass
class SourceReport:
    source: str
    added: dict[str, int] = field(default_factory=dict)
    events_replayed: int = 0
    events_copied_undone: int = 0
    conflicts: list[dict[str, Any]] = field(default_factory=list)

    def count(self, table: str, n: int = 1) -> None:
        if n:
            self.added[table] = self.added.get(table, 0) + n

    def to_json(self) -> dict[str, Any]:
        return {
            "source": self.source,
            "added": dict(sorted(self.added.items())),
            "events_replayed": self.events_replayed,
            "events_copied_undone": self.events_copied_undone,
            "conflicts": self.conflicts,
        }

    def summary(self) -> str:
        rows = ", ".join(f"{n} {table}" for table, n in sorted(self.added.items())) or "nothing new"
        text = f"{self.source}: added {rows}; {self.events_replayed} events replayed"
        if self.events_copied_undone:
            text += f", {self.events_copied_undone} undone events copied"
        if self.conflicts:
            text += f"; {len(self.conflicts)} events conflicted and were left out"
        return text


@dataclass
class MergeReport:
    sources: list[SourceReport]
    seconds: float

    def to_json(self) -> dict[str, Any]:
        return {"sources": [s.to_json() for s in self.sources], "seconds": round(self.seconds, 3)}


def _project_id(conn: Connection | Session) -> str | None:
    return conn.execute(select(ProjectInfo.value).where(ProjectInfo.key == "project_id")).scalar()


def _table(name: str) -> Table:
    return Base.metadata.tables[name]


class _AddBatch:
    """Pending ``add_label`` replays. An add applies exactly when its row's id and its
    (sentence, label, annotator) are both free in the target — what the unique constraints
    would decide one by one — so the batch checks that in memory and inserts at once.
    Before any other kind of event is replayed the batch is flushed, keeping the log's order."""

    def __init__(self, session: Session) -> None:
        self.session = session
        self.ids: set[str] = set(session.scalars(select(Annotation.id)))
        self.units: set[tuple[str, str, str]] = {
            (r[0], r[1], r[2])
            for r in session.execute(select(Annotation.sentence_id, Annotation.label_id, Annotation.annotator_id))
        }
        self.rows: list[dict[str, Any]] = []

    def take(self, row: dict[str, Any]) -> bool:
        unit = (row["sentence_id"], row["label_id"], row["annotator_id"])
        if row["id"] in self.ids or unit in self.units:
            return False
        self.ids.add(row["id"])
        self.units.add(unit)
        self.rows.append({**row, "created_at": _parse_time(row.get("created_at"))})
        return True

    def flush(self) -> None:
        if self.rows:
            bulk_insert(self.session, _table("annotation"), self.rows)
            self.rows = []

    def replayed(self, kind: str, payload: dict[str, Any]) -> None:
        """Keep the in-memory state true after another command was replayed: only label
        commands (alone or in a macro) touch annotations."""
        if kind == "macro":
            for step in payload.get("steps", []):
                self.replayed(step["kind"], step["payload"])
            return
        if kind not in ("add_label", "remove_label"):
            return
        row = payload["row"]
        unit = (row["sentence_id"], row["label_id"], row["annotator_id"])
        if kind == "add_label":
            self.ids.add(row["id"])
            self.units.add(unit)
        else:
            self.ids.discard(row["id"])
            self.units.discard(unit)


def _parse_time(value: str | None) -> datetime | None:
    return datetime.fromisoformat(value) if value else None


class _Merger:
    def __init__(self, session: Session, source: Connection, report: SourceReport) -> None:
        self.session = session
        self.source = source
        self.report = report
        self.id_map: dict[str, str] = {}  # source id -> target id, for rows matched by natural key
        self.new_texts: set[str] = set()
        self._events: list[dict[str, Any]] = []

    def _map_row(self, table: Table, row: dict[str, Any]) -> dict[str, Any]:
        if not self.id_map:
            return row
        for column in table.columns:
            if column.foreign_keys and row.get(column.name) in self.id_map:
                row[column.name] = self.id_map[row[column.name]]
        return row

    def _existing(self, table: Table, columns: Iterable[str]) -> dict[tuple[Any, ...], Any]:
        cols = [table.c[name] for name in columns]
        return {tuple(r[1:]): r[0] for r in self.session.execute(select(table.c.id, *cols))}

    def reference(self, name: str) -> None:
        table = _table(name)
        rows = [dict(r._mapping) for r in self.source.execute(select(table))]
        have = set(self.session.scalars(select(table.c.id)))
        natural = NATURAL_KEYS.get(name)
        by_key = self._existing(table, natural) if natural else {}
        fresh = []
        for row in rows:
            source_id = row["id"]
            row = self._map_row(table, row)
            if source_id in have:
                continue
            key = tuple(row[c] for c in natural) if natural else None
            if key is not None and None not in key and key in by_key:
                self.id_map[source_id] = by_key[key]
                continue
            fresh.append(row)
            if key is not None:
                by_key[key] = source_id
        if name == "text":
            self.new_texts = {row["id"] for row in fresh}
        self._insert(table, fresh)

    def _insert(self, table: Table, rows: list[dict[str, Any]]) -> None:
        for start in range(0, len(rows), 5000):
            bulk_insert(self.session, table, rows[start : start + 5000])
        self.report.count(table.name, len(rows))

    def text_derived(self, name: str, text_column: str) -> None:
        if not self.new_texts:
            return
        table = _table(name)
        have = set(self.session.scalars(select(table.c.id)))
        rows = [
            self._map_row(table, dict(r._mapping))
            for r in self.source.execute(select(table))
            if r._mapping[text_column] in self.new_texts and r._mapping["id"] not in have
        ]
        self._insert(table, rows)

    def mt_cache(self) -> None:
        table = _table("mt_cache")
        have = {tuple(r) for r in self.session.execute(select(table.c.model_key, table.c.source_hash))}
        rows = [
            {"model_key": r.model_key, "source_hash": r.source_hash, "output": r.output}
            for r in self.source.execute(select(table))
            if (r.model_key, r.source_hash) not in have
        ]
        self._insert(table, rows)

    def _remap_payload(self, value: Any) -> Any:
        if not self.id_map:
            return value
        if isinstance(value, str):
            return self.id_map.get(value, value)
        if isinstance(value, list):
            return [self._remap_payload(v) for v in value]
        if isinstance(value, dict):
            return {k: self._remap_payload(v) for k, v in value.items()}
        return value

    def events(self) -> None:
        have = set(self.session.scalars(select(Event.id)))
        self.seq = int(self.session.scalar(select(func.coalesce(func.max(Event.seq), 0))) or 0)
        table = _table("event")
        self._adds = _AddBatch(self.session)
        for row in self.source.execute(select(table).order_by(table.c.seq)):
            if row.id in have:
                continue
            payload = self._remap_payload(row.payload)
            event = {
                "id": row.id,
                "at": row.at,
                "annotator_id": self.id_map.get(row.annotator_id, row.annotator_id),
                "kind": row.kind,
                "payload": payload,
                "state": row.state,
            }
            if row.state == "done" and row.kind == "add_label":
                # The bulk of any log: checked and inserted in batches, with the same outcome
                # as replaying them one by one (see _AddBatch).
                if self._adds.take(payload["row"]):
                    self._append(event)
                else:
                    self._conflict(row.id, row.kind, "the sentence already has this label from this annotator")
                continue
            self._flush_adds()
            if row.state == "done":
                if not self._replay(row.id, row.kind, payload):
                    continue
                self._adds.replayed(row.kind, payload)
            self._append(event)
        self._flush_adds()

    def _append(self, event: dict[str, Any]) -> None:
        self.seq += 1
        self._events.append({**event, "seq": self.seq})
        if event["state"] == "done":
            self.report.events_replayed += 1
        else:
            self.report.events_copied_undone += 1

    def _flush_adds(self) -> None:
        self._adds.flush()
        if self._events:
            bulk_insert(self.session, _table("event"), self._events)
            self._events = []

    def _conflict(self, event_id: str, kind: str, reason: str) -> None:
        self.report.conflicts.append({"event": event_id, "kind": kind, "reason": reason})

    def _replay(self, event_id: str, kind: str, payload: dict[str, Any]) -> bool:
        try:
            command = command_from(kind, payload)
        except (ValueError, KeyError) as exc:
            self._conflict(event_id, kind, str(exc))
            return False
        savepoint = self.session.begin_nested()
        try:
            command.apply(self.session)
            savepoint.commit()
        except (SQLAlchemyError, LookupError, ValueError, KeyError) as exc:
            savepoint.rollback()
            self._conflict(event_id, kind, str(exc).splitlines()[0] if str(exc) else exc.__class__.__name__)
            return False
        return True

    def decisions(self, governed: Callable[[], set[str]]) -> None:
        """``governed`` is called (once) only if some source row is missing by id: reading
        the whole target log is the slow part, and usually every decision came with its event."""
        known: set[str] | None = None
        for name in DECISION_TABLES:
            table = _table(name)
            have = set(self.session.scalars(select(table.c.id)))
            unique = DECISION_UNIQUE.get(name)
            taken = self._existing(table, unique) if unique else {}
            fresh = []
            for r in self.source.execute(select(table)):
                if r.id in have:
                    continue
                if known is None:
                    known = governed()
                if r.id in known:
                    continue
                row = self._map_row(table, dict(r._mapping))
                key = tuple(row[c] for c in unique) if unique else None
                if key is not None and key in taken:
                    if name == "note":
                        self._newer_note(taken[key], row)
                    continue
                fresh.append(row)
                if key is not None:
                    taken[key] = row["id"]
            self._insert(table, fresh)

    def _newer_note(self, target_id: str, row: dict[str, Any]) -> None:
        table = _table("note")
        current = self.session.execute(select(table.c.updated_at, table.c.body).where(table.c.id == target_id)).one()
        if _aware(row["updated_at"]) > _aware(current.updated_at) and row["body"] != current.body:
            self.session.execute(
                update(table).where(table.c.id == target_id).values(body=row["body"], updated_at=row["updated_at"])
            )
            self.report.count("note (newer wording)")


def _aware(value: Any) -> Any:
    # SQLite hands timezone-aware columns back naive; all Sverka times are UTC.
    from datetime import UTC

    return value.replace(tzinfo=UTC) if value is not None and value.tzinfo is None else value


_UUID_RE = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")


def governed_ids(session: Session) -> set[str]:
    """Ids of rows the target's event log speaks about: its log, not a union, decides them.
    Read from the payloads' JSON text (a regex is ~10x faster than decoding every payload)."""
    found: set[str] = set()
    for text in session.scalars(select(cast(Event.payload, SAText))):
        found.update(_UUID_RE.findall(text))
    return found


def merge_projects(
    target: Project, sources: list[tuple[str, Project]], progress: Callable[[str], None] | None = None
) -> MergeReport:
    """Merge each ``(name, project)`` of ``sources`` into ``target`` in one transaction."""
    started = time.perf_counter()
    target_id = target.info("project_id")
    for name, source in sources:
        with source.engine.connect() as conn:
            source_id = _project_id(conn)
        if source_id != target_id:
            raise MergeError(
                f"{name}: not a copy of the target project (project id {source_id} ≠ {target_id}); "
                "merge joins copies of one project"
            )
    reports = []
    with target.transaction() as session:
        for name, source in sources:
            report = SourceReport(name)
            with source.engine.connect() as conn:
                merger = _Merger(session, conn, report)
                for table in REFERENCE_TABLES:
                    merger.reference(table)
                for table, column in TEXT_DERIVED.items():
                    merger.text_derived(table, column)
                merger.mt_cache()
                if progress:
                    progress(f"{name}: replaying events")
                merger.events()
                merger.decisions(lambda: governed_ids(session))
            reports.append(report)
    return MergeReport(reports, time.perf_counter() - started)
