"""Print Sverka's requirements from pyproject.toml, one per line, for the set-up scripts:
``python packaging/requirements.py`` gives the base install, ``… mt dev`` adds extras.

The scripts install dependencies without Sverka itself where a copy of it would go stale
(the bundle's build venv, the wheelhouse), so they need the list, and it has one source.
"""

from __future__ import annotations

import sys
import tomllib
from pathlib import Path

PYPROJECT = Path(__file__).resolve().parents[1] / "pyproject.toml"


def requirements(extras: list[str]) -> list[str]:
    project = tomllib.loads(PYPROJECT.read_text("utf-8"))["project"]
    found = list(project["dependencies"])
    optional = project.get("optional-dependencies", {})
    for extra in extras:
        if extra not in optional:
            raise SystemExit(f"{PYPROJECT}: no extra named {extra!r} (have: {', '.join(sorted(optional))})")
        found += optional[extra]
    return found


if __name__ == "__main__":
    print("\n".join(requirements(sys.argv[1:])))
