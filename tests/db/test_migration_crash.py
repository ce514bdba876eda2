"""A crash in the middle of a schema upgrade leaves the old file usable (issue 13 build item 4).

The upgrade runs after a byte copy of the file (``FILE.<revision>.bak``) and inside one
transaction: when it fails after its DDL ran, the project is still at the old revision with
its data, and the next open upgrades it as if nothing had happened.
"""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest
from alembic import command
from sqlalchemy import func, select

from sverka.db.models import Annotation, Article
from sverka.db.project import ProjectError, head_revision, open_project

SNAPSHOT = Path(__file__).resolve().parents[2] / "db" / "snapshots" / "0001.sverka"


def _revision(path: Path) -> str:
    import sqlite3

    with sqlite3.connect(path) as conn:
        return str(conn.execute("SELECT version_num FROM alembic_version").fetchone()[0])


def test_a_crash_after_the_upgrades_ddl_rolls_it_back(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    copy = tmp_path / "old.sverka"
    shutil.copy2(SNAPSHOT, copy)
    original = copy.read_bytes()
    real_upgrade = command.upgrade

    def upgrade_then_crash(cfg: Any, revision: str, **kwargs: Any) -> None:
        real_upgrade(cfg, revision, **kwargs)  # every migration's DDL has run…
        raise RuntimeError("power cut")  # …and the process dies before the commit

    monkeypatch.setattr(command, "upgrade", upgrade_then_crash)
    with pytest.raises((RuntimeError, ProjectError)):
        open_project(copy)
    monkeypatch.setattr(command, "upgrade", real_upgrade)

    assert _revision(copy) == "0001"  # nothing of the upgrade stayed
    assert (tmp_path / "old.sverka.0001.bak").read_bytes() == original
    project = open_project(copy)  # the next open upgrades it cleanly
    try:
        with project.sessions() as session:
            assert session.scalar(select(func.count(Article.id))) == 6
            assert session.scalar(select(func.count(Annotation.id))) == 1
    finally:
        project.close()
    assert _revision(copy) == head_revision()
