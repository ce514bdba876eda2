"""The core, storage, ops and CLI work on a machine without Qt (a server, a CI box)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]

SCRIPT = r"""
import importlib, pkgutil, sys

class NoQt:
    def find_spec(self, name, path=None, target=None):
        if name == "PySide6" or name.startswith("PySide6."):
            raise ImportError("PySide6 is not installed here")
        return None

sys.meta_path.insert(0, NoQt())
import sverka
for info in pkgutil.walk_packages(sverka.__path__, "sverka."):
    if info.name.startswith(("sverka.ui", "sverka.resources", "sverka.db.migrations.env", "sverka.__main__")):
        continue
    importlib.import_module(info.name)
assert not any(m.startswith("PySide6") for m in sys.modules)
from sverka.cli.main import main
project, seeds, out = sys.argv[1:4]
assert main(["init", project]) == 0
assert main(["import", project, seeds]) == 0
assert main(["export", project, "--format", "jsonl", "-o", out]) == 0
print("ok")
"""


def test_everything_but_the_gui_runs_without_pyside6(tmp_path: Path, seeds: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-c", SCRIPT, str(tmp_path / "p.sverka"), str(seeds), str(tmp_path / "o.jsonl")],
        capture_output=True,
        text=True,
        env={"PYTHONPATH": str(REPO / "desktop"), "PATH": "/usr/bin:/bin", "SVERKA_HOME": str(tmp_path / "h")},
        cwd=tmp_path,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout.strip().endswith("ok")
