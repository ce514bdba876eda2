"""Every released schema's project file still opens (upgraded after a backup) with its data."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from sqlalchemy import func, select

from sverka.db.models import Annotation, Article, Note, Sentence
from sverka.db.project import head_revision, open_project

SNAPSHOTS = sorted((Path(__file__).resolve().parents[2] / "db" / "snapshots").glob("*.sverka"))


@pytest.mark.parametrize("snapshot", SNAPSHOTS, ids=[p.stem for p in SNAPSHOTS])
def test_snapshot_opens_with_its_data(snapshot: Path, tmp_path: Path) -> None:
    copy = tmp_path / snapshot.name
    shutil.copy2(snapshot, copy)
    project = open_project(copy)
    with project.engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalar() == head_revision()
    with project.sessions() as session:
        assert session.scalar(select(func.count(Article.id))) == 6
        assert session.scalar(select(func.count(Annotation.id))) == 1
        assert session.scalar(select(Note.body)) == "snapshot note"
        assert session.scalar(select(func.count(Sentence.id)).where(Sentence.edited.is_not(None))) == 1
    project.close()
    if snapshot.stem != head_revision():
        assert (tmp_path / f"{snapshot.name}.{snapshot.stem}.bak").exists()


def test_there_is_a_snapshot_of_the_current_schema() -> None:
    assert head_revision() in {p.stem for p in SNAPSHOTS}
