"""Helpers for the install and bundle tests: the build cache, the offline wheelhouse, and a
clean environment for running an installed Sverka as a user would.

The cache folder is read at import time, before the autouse fixture points $HOME at a temp
folder: the bundle and the wheelhouse are kept across runs (scripts/build-app.sh and
scripts/wheelhouse.sh key them by their inputs).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
CACHE = Path(
    os.environ.get("SVERKA_BUILD_CACHE")
    or Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "sverka-build"
)
WHEELHOUSE = Path(os.environ.get("SVERKA_WHEELHOUSE") or CACHE / "wheelhouse")


def script_env(**extra: str) -> dict[str, str]:
    """The environment for the build scripts: the real caches, this Python."""
    env = dict(os.environ, SVERKA_BUILD_CACHE=str(CACHE), SVERKA_WHEELHOUSE=str(WHEELHOUSE), PYTHON=sys.executable)
    env.update(extra)
    return env


def wheelhouse() -> Path:
    """The offline wheel folder, or skip: tests never download (scripts/test.sh fills it)."""
    check = subprocess.run(
        ["bash", str(REPO / "scripts" / "wheelhouse.sh"), "--check"],
        env=script_env(),
        capture_output=True,
        text=True,
    )
    if check.returncode != 0:
        pytest.skip(check.stderr.strip() or "no wheelhouse")
    return WHEELHOUSE


def mt_wheelhouse() -> Path:
    """The offline wheels of the `mt` extra and CPU torch (``wheelhouse.sh --mt``), or skip."""
    check = subprocess.run(
        ["bash", str(REPO / "scripts" / "wheelhouse.sh"), "--check-mt"],
        env=script_env(),
        capture_output=True,
        text=True,
    )
    if check.returncode != 0:
        pytest.skip(check.stderr.strip() or "no mt wheelhouse")
    return WHEELHOUSE / "mt"


def user_env(home: Path, **extra: str) -> dict[str, str]:
    """What a user's shell would have: no PYTHONPATH, no venv, a UTF-8 locale, offscreen Qt."""
    env = {
        "HOME": str(home),
        "PATH": "/usr/bin:/bin",
        "LANG": "C.UTF-8",
        "XDG_CONFIG_HOME": str(home / ".config"),
        "XDG_DATA_HOME": str(home / ".local" / "share"),
        "SVERKA_HOME": str(home / "sverka"),
        "QT_QPA_PLATFORM": "offscreen",
    }
    env.update(extra)
    return env


def run(command: list[str | Path], env: dict[str, str], cwd: Path, timeout: float = 300) -> str:
    """Run an installed command; a failure shows its output. Returns stdout."""
    result = subprocess.run(
        [str(part) for part in command], env=env, cwd=cwd, capture_output=True, text=True, timeout=timeout
    )
    assert result.returncode == 0, f"{command} exited {result.returncode}:\n{result.stdout}\n{result.stderr}"
    return result.stdout


def exercise(sverka: Path, gui: Path, home: Path) -> None:
    """What every install must do: version, demo, the window painted once, import, export."""
    from sverka import __version__
    from sverka.db.project import head_revision

    env = user_env(home)
    assert run([sverka, "--version"], env, home).strip() == f"sverka {__version__} (project schema {head_revision()})"
    demo = Path(run([sverka, "demo"], env, home).strip())
    assert demo.is_file()
    assert "articles   6" in run([sverka, "stats", demo], env, home)
    run([gui, demo, "--quit-after-paint"], env, home)
    run([sverka, "gui", "--quit-after-paint"], env, home)  # no project: the last one, the demo
    project = home / "news.sverka"
    run([sverka, "init", project], env, home)
    (home / "report.ru.txt").write_text(
        "date 2022-01-05 Протесты\nПротестующие вышли на площадь в Алма-Ате. Полиция оцепила центр.\n", "utf-8"
    )
    (home / "report.en.txt").write_text(
        "date 2022-01-05 Protests\nProtesters came out to the square in Almaty. Police cordoned off the centre.\n",
        "utf-8",
    )
    assert "imported 1 articles" in run(
        [sverka, "import", project, home / "report.ru.txt", home / "report.en.txt"], env, home
    )
    out = home / "out.jsonl"
    run([sverka, "export", project, "--format", "jsonl", "-o", out], env, home)
    records = [json.loads(line) for line in out.read_text("utf-8").splitlines()]
    assert len(records) == 3 and records[1]["translation"].startswith("Protesters came out")
    assert run([sverka, "check", project], env, home).strip().endswith(f"ok (schema {head_revision()})")
