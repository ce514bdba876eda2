"""The current-wording rule reads the same from Python, from a SQLAlchemy query and from raw SQL."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select, text

from support.pair import write_pair
from sverka.db.models import Sentence, Text
from sverka.db.project import Project
from sverka.db.search import search_sentences
from sverka.db.wording import sentence_wording, wording, wording_column, wording_sql, wordings
from sverka.ops import history
from sverka.ops.annotation.schemas import annotator_id
from sverka.ops.ingest.importer import Importer
from sverka.ops.review import postedit


def test_python_sql_and_search_agree(project: Project, tmp_path: Path) -> None:
    Importer(project).import_paths(write_pair(tmp_path / "in"))
    with project.transaction() as session:
        who = annotator_id(session, "ana")
        first, second = session.scalars(
            select(Sentence.id)
            .join(Text, Text.id == Sentence.text_id)
            .where(Text.role == "translation")
            .order_by(Sentence.idx)
            .limit(2)
        ).all()
    history.execute(project, lambda s: postedit.build_postedit(s, first, "Zhanaozen unrest spreads", who), who)
    with project.sessions() as session:
        ids = [first, second]
        python = {
            s.id: sentence_wording(t, s)
            for s, t in session.execute(select(Sentence, Text).join(Text, Text.id == Sentence.text_id))
            if s.id in ids
        }
        column = {
            sid: body
            for sid, body in session.execute(
                select(Sentence.id, wording_column())
                .join(Text, Text.id == Sentence.text_id)
                .where(Sentence.id.in_(ids))
            )
        }
        raw = {
            sid: body
            for sid, body in session.execute(
                text(
                    f"SELECT s.id, {wording_sql()} FROM sentence s JOIN text t ON t.id = s.text_id "
                    "WHERE s.id IN (:a, :b)"
                ),
                {"a": first, "b": second},
            )
        }
        assert python == column == raw == wordings(session, ids)
        assert python[first] == "Zhanaozen unrest spreads"
        assert python[second] == wording(None, "xx" + python[second] + "yy", 2, 2 + len(python[second]))
        # The search index (kept by triggers written with the same SQL) finds the post-edit.
        assert search_sentences(session, "Zhanaozen") == [first]
    assert wording_sql("new", "t") == 'COALESCE(new.edited, substr(t.content, new.start + 1, new."end" - new.start))'
