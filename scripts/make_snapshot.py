"""Write db/snapshots/<revision>.sverka: the demo project at the current schema, with one
annotation, one note and one post-edit, for upgrade tests of later releases.

    .venv/bin/python scripts/make_snapshot.py
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "desktop"))


def main() -> None:
    with tempfile.TemporaryDirectory() as home:
        os.environ["SVERKA_HOME"] = home
        from sqlalchemy import select

        from sverka.db.models import Sentence, Text
        from sverka.db.project import head_revision, open_project
        from sverka.ops import history
        from sverka.ops.annotation import tagging
        from sverka.ops.annotation.schemas import annotator_id, find_label
        from sverka.ops.review.postedit import build_postedit
        from sverka.ops.workflows.demo import build_demo

        demo = build_demo()
        project = open_project(demo)
        with project.transaction() as session:
            who = annotator_id(session, "snapshot")
            first = session.scalars(
                select(Sentence.id).join(Text).where(Text.role == "original").order_by(Text.article_id, Sentence.idx)
            ).first()
            translated = session.scalars(
                select(Sentence.id).join(Text).where(Text.role == "translation").order_by(Text.article_id, Sentence.idx)
            ).first()
            label = find_label(session, "protest")
        assert first and translated and label
        history.execute(project, lambda s: tagging.build_add(s, first, label.id, who), who)
        history.execute(project, lambda s: tagging.build_note(s, first, who, "snapshot note"), who)
        history.execute(project, lambda s: build_postedit(s, translated, "Post-edited in the snapshot.", who), who)
        with project.engine.connect() as conn:
            conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        project.close()
        target = ROOT / "db" / "snapshots" / f"{head_revision()}.sverka"
        shutil.copy2(demo, target)
        print(target)


if __name__ == "__main__":
    main()
