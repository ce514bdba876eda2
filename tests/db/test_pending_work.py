"""Issue 13 row 2: a killed import (or translation) is finished by the next run.

A run's pending-work record commits with its first rows and is cleared once alignment and
name mentions are done; a run that dies in between (here: its follow-up raises, as a kill
would stop it) leaves the record, and :func:`finish_abandoned` — what every CLI command, the
GUI's open and ``sverka check --repair`` call — finishes it to the same end state as a run
that was never interrupted.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import func, select

from support.pair import write_pairs
from sverka.db import pending
from sverka.db.models import Article, Link, Mention, ProjectInfo
from sverka.db.pending import PendingWork
from sverka.db.project import Project, open_project
from sverka.ops.ingest.importer import Importer
from sverka.ops.workflows import resume
from sverka.ops.workflows.project import initialise


def counts(project: Project) -> tuple[int, int, int]:
    with project.sessions() as session:
        return (
            int(session.scalar(select(func.count()).select_from(Article)) or 0),
            int(session.scalar(select(func.count()).select_from(Link)) or 0),
            int(session.scalar(select(func.count()).select_from(Mention)) or 0),
        )


def records(project: Project) -> list[PendingWork]:
    with project.sessions() as session:
        return pending.load_all(session)


class Killed(Exception):
    """Stands for the SIGKILL that stops a run between its commits (the kill suites send real ones)."""


def fresh(tmp_path: Path, name: str) -> Project:
    project = open_project(tmp_path / name, create=True)
    initialise(project)
    return project


@pytest.fixture
def clean_counts(tmp_path: Path) -> tuple[int, int, int]:
    """What an uninterrupted import of the same folder ends with."""
    project = fresh(tmp_path, "clean.sverka")
    resume.import_paths(project, [write_pairs(tmp_path / "pairs", 5)])
    try:
        assert records(project) == []
        return counts(project)
    finally:
        project.close()


@pytest.mark.parametrize("killed_in", ["align", "names"])
def test_an_import_killed_before_its_follow_up_is_finished_on_the_next_open(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, clean_counts: tuple[int, int, int], killed_in: str
) -> None:
    project = fresh(tmp_path, "p.sverka")
    real = resume.after_import

    def dies(proj: Project, report: object, **kw: object) -> object:
        if (killed_in == "align" and kw.get("names") is False) or (killed_in == "names" and kw.get("align") is False):
            raise Killed
        return real(proj, report, **kw)  # type: ignore[arg-type]

    monkeypatch.setattr(resume, "after_import", dies)
    with pytest.raises(Killed):
        resume.import_paths(project, [write_pairs(tmp_path / "pairs", 5)])
    monkeypatch.setattr(resume, "after_import", real)
    [work] = records(project)
    assert work.kind == "import" and len(work.article_ids) == 5
    assert work.steps == (["align", "names"] if killed_in == "align" else ["names"])
    articles, links, mentions = counts(project)
    assert articles == 5 and mentions == 0 and (links == 0) == (killed_in == "align")
    project.close()

    reopened = open_project(tmp_path / "p.sverka")
    lines: list[str] = []
    done = resume.finish_abandoned(reopened, announce=lines.append)
    assert lines == [f"finishing {work.describe()}"]
    [line] = done.lines
    assert line.startswith("finished the interrupted import of 5 articles") and "name mentions" in line
    assert counts(reopened) == clean_counts
    assert records(reopened) == []
    assert resume.finish_abandoned(reopened).lines == []  # nothing twice
    reopened.close()


def test_a_re_import_of_the_same_folder_finishes_the_killed_one(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, clean_counts: tuple[int, int, int]
) -> None:
    """The reproduction of row 2: import again after the kill; before, it said "already in the
    project" and fixed nothing. The CLI finishes the record when it opens the project."""
    project = fresh(tmp_path, "p.sverka")
    monkeypatch.setattr(resume, "after_import", lambda *a, **k: (_ for _ in ()).throw(Killed()))
    with pytest.raises(Killed):
        resume.import_paths(project, [write_pairs(tmp_path / "pairs", 5)])
    project.close()
    monkeypatch.undo()
    from sverka.cli.main import main

    assert main(["import", str(tmp_path / "p.sverka"), str(tmp_path / "pairs")]) == 0
    again = open_project(tmp_path / "p.sverka")
    assert counts(again) == clean_counts and records(again) == []
    again.close()


def test_the_record_commits_with_the_batch_it_describes(project: Project, tmp_path: Path) -> None:
    """A batch whose record cannot be written is not stored either: one transaction."""

    def refuses(session: object, report: object) -> None:
        raise Killed

    with pytest.raises(Killed):
        Importer(project, on_commit=refuses).import_paths([write_pairs(tmp_path / "pairs", 2)])
    assert counts(project) == (0, 0, 0)


def test_a_run_with_nothing_new_writes_no_record(project: Project, tmp_path: Path) -> None:
    folder = write_pairs(tmp_path / "pairs", 2)
    resume.import_paths(project, [folder])
    with project.sessions() as session:
        keys_before = set(session.scalars(select(ProjectInfo.key)))
    again = resume.import_paths(project, [folder])
    assert again.report.duplicates == 2 and again.after.aligned.translations == 0
    with project.sessions() as session:
        assert set(session.scalars(select(ProjectInfo.key))) == keys_before


def test_a_cancelled_import_keeps_its_record_for_the_next_open(project: Project, tmp_path: Path) -> None:
    from sverka.progress import CancelToken

    cancel = CancelToken()
    seen: list[str] = []

    def progress(done: int, total: int, message: str = "") -> None:
        seen.append(message)
        if message == "importing":
            cancel.cancel()  # after the batch committed, before alignment

    out = resume.import_paths(project, [write_pairs(tmp_path / "pairs", 3)], progress=progress, cancel=cancel)
    assert out.after.aligned.cancelled and out.report.articles == 3
    [work] = records(project)
    assert pending.abandoned(work)  # this process runs it no more
    assert resume.finish_abandoned(project).lines
    assert records(project) == []


def _save(project: Project, work: PendingWork) -> None:
    with project.transaction() as session:
        pending.save(session, work)


def test_a_live_owner_is_left_alone_and_a_dead_or_recycled_one_is_not(project: Project) -> None:
    child = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    try:
        live = PendingWork("import", ["names"], owner={"host": socket.gethostname(), "pid": child.pid})
        live.owner["since"] = pending._process_start(child.pid)
        _save(project, live)
        assert not pending.abandoned(live)
        done = resume.finish_abandoned(project)
        assert done.lines == [] and done.left == [live.describe()]
        recycled = PendingWork("import", [], owner={**live.owner, "since": "1"})
        assert pending.abandoned(recycled) == (live.owner["since"] is not None)
    finally:
        child.kill()
        child.wait()
    assert pending.abandoned(live)  # its process is gone
    assert resume.finish_abandoned(project).lines == ["finished the interrupted import of 0 articles: 0 name mentions"]


def test_a_record_from_another_machine_waits_until_it_is_stale() -> None:
    work = PendingWork("import", ["align"], owner={"host": "elsewhere", "pid": 1})
    assert not pending.abandoned(work)
    assert pending.abandoned(work, now=work.updated + pending.FOREIGN_STALE_SECONDS + 1)
    assert pending.abandoned(PendingWork("import", [], owner={"host": socket.gethostname(), "pid": -1}))


def test_two_resumers_never_run_one_record_twice(project: Project) -> None:
    _save(project, PendingWork("import", ["names"], owner={"host": socket.gethostname(), "pid": -1}))
    [first] = records(project)
    [second] = records(project)
    with project.transaction() as session:
        assert pending.claim(session, first)
    with project.transaction() as session:
        assert not pending.claim(session, second)  # the stored value changed under it


def test_records_that_are_not_records_are_ignored(project: Project) -> None:
    with project.transaction() as session:
        session.add(ProjectInfo(key="pending/x", value="{not json"))
        session.add(ProjectInfo(key="pending/y", value='{"kind": "rm -rf", "steps": [], "article_ids": []}'))
    assert records(project) == []
    assert pending.has_records(project)  # still seen, so the opener looks (and finds nothing)
    assert resume.finish_abandoned(project).lines == []


def test_a_translation_killed_before_its_mentions_is_finished(
    project: Project, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The same for ``sverka translate``, without a model: the record is the unit under test;
    the kill suites run it with the tiny Argos model."""
    folder = write_pairs(tmp_path / "pairs", 2)
    report = Importer(project).import_paths([folder])
    work = PendingWork("translate", ["names"])
    with project.transaction() as session:
        pending.add_articles(session, work, report.article_ids)
    assert counts(project)[2] == 0
    assert work.owner["pid"] == os.getpid() and pending.abandoned(work)
    [line] = resume.finish_abandoned(project).lines
    assert line.startswith("finished the interrupted translation of 2 articles") and counts(project)[2] > 0
