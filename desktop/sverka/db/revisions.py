"""The schema revisions this release knows, read from the migration files by a regex.

Kept apart from ``sverka.db.project`` so that ``sverka --version`` names the schema it writes
without loading SQLAlchemy or Alembic (both cost more than the whole rest of the answer).
"""

from __future__ import annotations

import os
import re
from functools import cache

# A folder of files beside this module, in a checkout, an install and the frozen bundle alike
# (Alembic needs them as files too); os.path, not importlib.resources/pathlib: ~30 ms less.
VERSIONS = os.path.join(os.path.dirname(os.path.abspath(__file__)), "migrations", "versions")

_REVISION_RE = re.compile(r"^(down_)?revision\s*(?::[^=]*)?=\s*['\"]?([\w.-]+|None)['\"]?", re.MULTILINE)


@cache
def _revision_graph() -> dict[str, str | None]:
    """revision -> down_revision, read from the migration files without importing Alembic
    (it costs ~0.6 s at every start-up; opening a current project never needs it)."""
    graph: dict[str, str | None] = {}
    for name in sorted(os.listdir(VERSIONS)):
        if not name.endswith(".py"):
            continue
        with open(os.path.join(VERSIONS, name), encoding="utf-8") as script:
            found = {bool(down): value for down, value in _REVISION_RE.findall(script.read())}
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
