"""Pending-work records: what a killed run still owes the project.

An import commits its rows batch by batch and only then aligns translations and finds name
mentions; a translation commits article by article and then finds mentions. A run killed in
between would leave the project half-processed, and a re-import would see every article as
"already in the project" and fix nothing. So such a run writes a record *in the same
transaction as its first rows* (and adds the articles of each later batch in that batch's
transaction), and clears it once its follow-up steps are done. A record whose owner is gone
is finished by the next run (``sverka.ops.workflows.resume``).

Records live in ``project_info`` under ``pending/<id>`` as JSON — no schema change, and the
same on SQLite and on a team server. The owner is the host, the process id and the process's
start time (so a recycled pid is not taken for the owner).
"""

from __future__ import annotations

import json
import os
import socket
import sqlite3
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from sverka.db.models import ProjectInfo, new_id

if TYPE_CHECKING:
    from sverka.db.project import Project

PREFIX = "pending/"
# A record written on another machine (a team server) cannot be checked for a live owner:
# it counts as abandoned once it has not been touched for this long.
FOREIGN_STALE_SECONDS = 6 * 3600

KINDS = ("import", "translate")

# Records this process is running right now (the GUI's worker thread, a CLI command): never
# taken for abandoned by this same process.
_active: set[str] = set()


def _process_start(pid: int) -> str | None:
    """The kernel's start time of ``pid`` (Linux), to tell a recycled pid from its owner."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return None
    # Field 22 (starttime); the command name in field 2 may hold spaces, so split after ')'.
    fields = stat.rsplit(")", 1)[-1].split()
    return fields[19] if len(fields) > 19 else None


def _owner() -> dict[str, Any]:
    pid = os.getpid()
    return {"host": socket.gethostname(), "pid": pid, "since": _process_start(pid)}


@dataclass
class PendingWork:
    """One record: ``steps`` still to run (``align``, ``names``) on ``article_ids``."""

    kind: str
    steps: list[str]
    article_ids: list[str] = field(default_factory=list)
    options: dict[str, Any] = field(default_factory=dict)
    id: str = field(default_factory=new_id)
    owner: dict[str, Any] = field(default_factory=_owner)
    updated: float = field(default_factory=time.time)
    written: bool = False  # in the project already (the first batch committed)
    stored: str | None = field(default=None, repr=False, compare=False)  # the value as loaded (claim)

    @property
    def key(self) -> str:
        return PREFIX + self.id

    def to_json(self) -> str:
        return json.dumps(
            {
                "kind": self.kind,
                "steps": self.steps,
                "article_ids": self.article_ids,
                "options": self.options,
                "owner": self.owner,
                "updated": self.updated,
            },
            separators=(",", ":"),
        )

    @classmethod
    def from_json(cls, key: str, value: str) -> PendingWork | None:
        """None for a value that is not a record (hand-edited, cut short): it is ignored."""
        try:
            data = json.loads(value)
            work = cls(
                kind=str(data["kind"]),
                steps=[str(s) for s in data["steps"]],
                article_ids=[str(a) for a in data["article_ids"]],
                options=dict(data.get("options") or {}),
                id=key[len(PREFIX) :],
                owner=dict(data.get("owner") or {}),
                updated=float(data.get("updated") or 0.0),
                written=True,
                stored=value,
            )
        except (ValueError, KeyError, TypeError):
            return None
        return work if work.kind in KINDS else None

    @property
    def what(self) -> str:
        n = len(self.article_ids)
        run = "import" if self.kind == "import" else "translation"
        return f"interrupted {run} of {n} article{'s' if n != 1 else ''}"

    def describe(self) -> str:
        steps = {"align": "alignment", "names": "name mentions"}
        return f"an {self.what} (left: {', '.join(steps.get(s, s) for s in self.steps) or 'nothing'})"


def save(session: Session, work: PendingWork) -> None:
    """Write (or rewrite) ``work`` in the caller's transaction."""
    work.updated = time.time()
    if work.written:
        session.execute(update(ProjectInfo).where(ProjectInfo.key == work.key).values(value=work.to_json()))
    else:
        session.add(ProjectInfo(key=work.key, value=work.to_json()))
        session.flush()
        work.written = True


def add_articles(session: Session, work: PendingWork, article_ids: Sequence[str]) -> None:
    """Record the articles a batch touched, in that batch's own transaction."""
    known = set(work.article_ids)
    fresh = [a for a in article_ids if a not in known]
    if not fresh and work.written:
        return
    work.article_ids.extend(fresh)
    save(session, work)


def clear(session: Session, work: PendingWork) -> None:
    session.query(ProjectInfo).filter(ProjectInfo.key == work.key).delete()
    work.written = False


def claim(session: Session, work: PendingWork) -> bool:
    """Make this process the owner of an abandoned record; False when another run took it
    first (compare-and-set on the stored value, so two resumers never both run it)."""
    old = session.scalar(select(ProjectInfo.value).where(ProjectInfo.key == work.key))
    if old is None or old != work.stored:
        return False
    work.owner = _owner()
    work.updated = time.time()
    done = session.execute(
        update(ProjectInfo).where(ProjectInfo.key == work.key, ProjectInfo.value == old).values(value=work.to_json())
    )
    work.stored = None
    return bool(getattr(done, "rowcount", 0))


def _records(rows: Iterator[tuple[str, str]] | Sequence[tuple[str, str]]) -> list[PendingWork]:
    out = []
    for key, value in rows:
        work = PendingWork.from_json(key, value)
        if work is not None:
            out.append(work)
    return out


def load_all(session: Session) -> list[PendingWork]:
    rows = session.execute(select(ProjectInfo.key, ProjectInfo.value).where(ProjectInfo.key.like(PREFIX + "%")))
    return _records([(k, v) for k, v in rows])


def has_records(project: Project) -> bool:
    """Whether any record exists (one indexed look-up: every CLI command asks on open)."""
    with project.sessions() as session:
        key = session.scalar(select(ProjectInfo.key).where(ProjectInfo.key.like(PREFIX + "%")).limit(1))
    return key is not None


def load_from_file(path: Path) -> list[PendingWork]:
    """The records of a (checked) project file, read creating nothing beside it (``sverka check``)."""
    from sverka.db.project import _read_only_uri

    conn = sqlite3.connect(_read_only_uri(path), uri=True)
    try:
        rows = conn.execute("SELECT key, value FROM project_info WHERE key LIKE 'pending/%'").fetchall()
    finally:
        conn.close()
    return _records(rows)


def _alive(owner: dict[str, Any]) -> bool:
    pid = owner.get("pid")
    if not isinstance(pid, int) or pid <= 0:
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        pass  # another user's live process
    since = owner.get("since")
    return since is None or _process_start(pid) in (since, None)


def abandoned(work: PendingWork, *, now: float | None = None) -> bool:
    """True when no live run owns ``work``: its process is gone (this machine), or, written
    on another machine, it has not been touched for :data:`FOREIGN_STALE_SECONDS`."""
    if work.id in _active:
        return False
    owner = work.owner
    if owner.get("host") != socket.gethostname():
        return (now if now is not None else time.time()) - work.updated > FOREIGN_STALE_SECONDS
    if owner.get("pid") == os.getpid():
        return True  # this process is alive but not running it (a run here stopped or was cancelled)
    return not _alive(owner)


@contextmanager
def running(work: PendingWork) -> Iterator[PendingWork]:
    """Mark ``work`` as run by this process for the block."""
    _active.add(work.id)
    try:
        yield work
    finally:
        _active.discard(work.id)
