"""Issue 13 row 2 through the CLI: ``kill -9`` of ``sverka import`` after its rows committed
and before its alignment and names were done; ``sverka check`` names the unfinished work,
``sverka check --repair`` (or any command) finishes it."""

from __future__ import annotations

import os
import signal
import sqlite3
import time
from pathlib import Path

import pytest

from support.cli_process import sverka, sverka_started
from support.pair import write_pairs


def _pending_keys(path: Path) -> list[str]:
    try:
        conn = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True, timeout=1)
        try:
            return [k for (k,) in conn.execute("SELECT key FROM project_info WHERE key LIKE 'pending/%'")]
        finally:
            conn.close()
    except sqlite3.OperationalError:
        return []  # locked or not created yet


def _count(path: Path, table: str) -> int:
    conn = sqlite3.connect(path)
    try:
        return int(conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0])
    finally:
        conn.close()


def _killed_import(tmp_path: Path, count: int) -> Path:
    """A project whose import was SIGKILLed right after its first batch committed."""
    project = tmp_path / "p.sverka"
    assert sverka("init", str(project)).returncode == 0
    folder = write_pairs(tmp_path / "pairs", count)
    proc = sverka_started("import", str(project), str(folder))
    deadline = time.monotonic() + 120
    while not _pending_keys(project):
        assert proc.poll() is None, proc.communicate()
        assert time.monotonic() < deadline
        time.sleep(0.02)
    os.kill(proc.pid, signal.SIGKILL)
    proc.communicate()
    assert proc.returncode == -signal.SIGKILL
    return project


def test_check_names_the_unfinished_import_and_repair_finishes_it(tmp_path: Path) -> None:
    project = _killed_import(tmp_path, 12)
    assert _count(project, "article") == 12
    assert _count(project, "mention") == 0  # what the kill left (row 2)

    checked = sverka("check", str(project))
    assert checked.returncode == 0, checked.stderr
    assert "an interrupted import of 12 articles (left: " in checked.stdout
    assert "sverka check --repair" in checked.stdout
    assert _pending_keys(project)  # check is read-only

    repaired = sverka("check", "--repair", str(project))
    assert repaired.returncode == 0, repaired.stderr
    assert "finished the interrupted import of 12 articles: aligned 12 translations" in repaired.stdout
    assert _count(project, "mention") > 0 and _pending_keys(project) == []
    again = sverka("check", "--repair", str(project))
    assert "nothing to repair" in again.stdout


@pytest.mark.slow
def test_the_next_command_finishes_it_with_a_line_on_stderr(tmp_path: Path) -> None:
    project = _killed_import(tmp_path, 6)
    shown = sverka("list", str(project))
    assert shown.returncode == 0, shown.stderr
    assert "sverka: p.sverka: finishing an interrupted import of 6 articles" in shown.stderr
    assert "sverka: p.sverka: finished the interrupted import of 6 articles" in shown.stderr
    assert _count(project, "link") > 0 and _count(project, "mention") > 0 and _pending_keys(project) == []


@pytest.mark.slow
def test_a_read_only_project_is_read_and_not_repaired(tmp_path: Path) -> None:
    project = _killed_import(tmp_path, 3)
    os.chmod(project, 0o444)
    try:
        if os.access(project, os.W_OK):  # root writes anyway
            return
        listed = sverka("list", str(project))
        assert listed.returncode == 0 and "finishing" not in listed.stderr
        repaired = sverka("check", "--repair", str(project))
        assert repaired.returncode == 1
        assert repaired.stderr.count("\n") == 1 and "cannot repair: the project is read-only" in repaired.stderr
    finally:
        os.chmod(project, 0o644)
