"""The schema revisions this release knows, read from the migration files by a regex.

Kept apart from ``sverka.db.project`` so that ``sverka --version`` names the schema it writes
without loading SQLAlchemy or Alembic (both cost more than the whole rest of the answer).
"""

from __future__ import annotations

import re
from functools import cache
from importlib.resources import files

_REVISION_RE = re.compile(r"^(down_)?revision\s*(?::[^=]*)?=\s*['\"]?([\w.-]+|None)['\"]?", re.MULTILINE)


@cache
def _revision_graph() -> dict[str, str | None]:
    """revision -> down_revision, read from the migration files without importing Alembic
    (it costs ~0.6 s at every start-up; opening a current project never needs it)."""
    graph: dict[str, str | None] = {}
    for script in (files("sverka.db") / "migrations" / "versions").iterdir():
        if not script.name.endswith(".py"):
            continue
        found = {bool(down): value for down, value in _REVISION_RE.findall(script.read_text("utf-8"))}
        if False in found:
            graph[found[False]] = None if found.get(True, "None") == "None" else found[True]
    return graph


def head_revision() -> str:
    graph = _revision_graph()
    heads = set(graph) - {down for down in graph.values() if down}
    if len(heads) != 1:
        raise RuntimeError(f"migrations must have one head, found {sorted(heads)}")
    return heads.pop()


def known_revisions() -> set[str]:
    return set(_revision_graph())
