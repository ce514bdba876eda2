"""The durable tag's hot path has a fixed, short list of statements (issue 17, item 3).

A key press is one read (the label, its group, the sentence's article and the annotations the
toggle touches), the write, the event and the commit. A statement more on this path costs
every key press; this test names each one so a new one shows up here.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import event, select

from sverka.db.models import Sentence
from sverka.db.project import Project
from sverka.ops import history
from sverka.ops.annotation import tagging
from sverka.ops.annotation.schemas import annotator_id, find_label
from sverka.ops.ingest.importer import Importer


@pytest.fixture
def traced(project: Project, seeds: Path) -> Iterator[tuple[Project, list[str]]]:
    Importer(project).import_paths([seeds])
    statements: list[str] = []

    def trace(dbapi_conn: sqlite3.Connection, _record: object) -> None:
        dbapi_conn.set_trace_callback(statements.append)

    event.listen(project.engine, "connect", trace)
    project.engine.dispose()  # the pooled connections come back traced
    yield project, statements
    event.remove(project.engine, "connect", trace)


def _tag(project: Project, statements: list[str], sentence: str, label: str, who: str) -> list[str]:
    statements.clear()
    done = history.execute(project, lambda s: tagging.plan_toggle_row(s, [sentence], label, who).command, who)
    assert done is not None
    return [" ".join(q.split()[:3]) for q in statements]


def _setup(project: Project) -> tuple[str, str, dict[str, str]]:
    with project.transaction() as session:
        who = annotator_id(session, "ana")
        sentence = session.scalars(select(Sentence.id).order_by(Sentence.id)).first()
        labels = {}
        for name in ("violence", "relevant", "not relevant"):
            found = find_label(session, name)
            assert found is not None
            labels[name] = found.id
    assert sentence is not None
    return who, sentence, labels


def test_a_tag_on_and_off_runs_one_read_one_write_one_event(traced: tuple[Project, list[str]]) -> None:
    project, statements = traced
    who, sentence, labels = _setup(project)
    read = "SELECT label.name, label.group_id,"
    on = _tag(project, statements, sentence, labels["violence"], who)
    assert on == [read, "BEGIN", "INSERT INTO annotation", "INSERT INTO event", "COMMIT"]
    off = _tag(project, statements, sentence, labels["violence"], who)
    assert off == [read, "BEGIN", "DELETE FROM annotation", "INSERT INTO event", "COMMIT"]


def test_a_single_choice_label_replacing_its_sibling_reads_once_too(traced: tuple[Project, list[str]]) -> None:
    project, statements = traced
    who, sentence, labels = _setup(project)
    _tag(project, statements, sentence, labels["relevant"], who)
    swap = _tag(project, statements, sentence, labels["not relevant"], who)
    assert swap == [
        "SELECT label.name, label.group_id,",
        "BEGIN",
        "DELETE FROM annotation",
        "INSERT INTO annotation",
        "INSERT INTO event",
        "COMMIT",
    ]


def test_the_read_looks_annotations_up_by_their_whole_unique_key(project: Project) -> None:
    """Not through the annotator's index, which would walk all of the annotator's rows."""
    conn = project.engine.raw_connection()
    try:
        plan = tagging._PLAN._compile(project.engine.dialect)
        rows = conn.driver_connection.execute(f"EXPLAIN QUERY PLAN {plan.sql}", ("l", "a", "s")).fetchall()
    finally:
        conn.close()
    details = [row[-1] for row in rows]
    touched = [d for d in details if d.startswith("SEARCH touched ")]
    assert len(touched) == 1 and touched[0].endswith("(sentence_id=? AND label_id=? AND annotator_id=?) LEFT-JOIN")
    assert not any(d.startswith("SCAN") for d in details), details
