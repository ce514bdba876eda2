"""Schema 0002: an 0001 project's annotators become people; gold and model kinds stay apart."""

from __future__ import annotations

import shutil
from pathlib import Path

from sqlalchemy import select

from sverka.db.models import Annotator
from sverka.db.project import open_project
from sverka.ops.teams.annotators import ensure_annotator, gold_annotator, people

SNAPSHOTS = Path(__file__).resolve().parents[2] / "db" / "snapshots"


def test_an_0001_project_upgrades_with_its_annotators_as_people(tmp_path: Path) -> None:
    copy = tmp_path / "old.sverka"
    shutil.copy2(SNAPSHOTS / "0001.sverka", copy)
    project = open_project(copy)
    with project.transaction() as session:
        rows = [(a.name, a.kind, a.db_role) for a in session.scalars(select(Annotator))]
        assert rows == [("snapshot", "person", None)]
        gold = gold_annotator(session)
        model = ensure_annotator(session, "model:argos-ru-en", "model")
        assert gold != model and gold_annotator(session) == gold
        assert list(people(session)) == ["snapshot"]
    project.close()
    assert (tmp_path / "old.sverka.0001.bak").exists()
