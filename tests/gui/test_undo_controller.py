"""The undo controller's contract, and a refusal seen in the window: an edit on rows that
another program re-aligned since is refused with a message, and nothing changes."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import select
from sqlalchemy.orm import Session

from support.pair import write_pair
from sverka.db.models import Sentence, Text
from sverka.db.project import Project, open_project
from sverka.ops.alignment.run import align_article
from sverka.ops.annotation import tagging
from sverka.ops.annotation.schemas import annotator_id
from sverka.ops.history import Command
from sverka.ops.ingest.importer import Importer
from sverka.ui.main_window import MainWindow
from sverka.ui.undo import UndoController
from sverka.ui.workers import Tasks
from sverka.ui.writer import Writer


def test_without_a_project_nothing_is_built_or_stacked(qtbot: QtBot) -> None:
    controller = UndoController(Writer(Tasks()))
    built: list[Session] = []

    def build(session: Session) -> Command | None:
        built.append(session)
        return None

    assert controller.perform(build) is None and controller.attempt(build) is None
    assert built == [] and controller.stack.count() == 0


def test_attach_rebuilds_and_detach_clears(qtbot: QtBot, project_path: Path, tmp_path: Path) -> None:
    controller = UndoController(Writer(Tasks()))
    project = open_project(project_path)
    try:
        Importer(project).import_paths(write_pair(tmp_path / "in"))
        with project.transaction() as session:
            who = annotator_id(session, "ana")
        controller.attach(project, who)
        sentence = _first_sentence(project)
        assert controller.perform(lambda s: tagging.build_reviewed(s, sentence, who)) is not None
        # Nothing to do (already reviewed): nothing is stacked.
        assert controller.perform(lambda s: tagging.build_reviewed(s, sentence, who, reviewed=True)) is None
        assert controller.stack.count() == 1
        controller.attach(None, None)  # the project closes: its steps leave the stack
        assert controller.stack.count() == 0 and controller.project is None
        controller.attach(project, who)
        assert controller.stack.count() == 1 and controller.stack.canUndo()
    finally:
        project.close()


def test_a_refused_command_is_reported_not_raised(qtbot: QtBot, project_path: Path) -> None:
    controller = UndoController(Writer(Tasks()))
    project = open_project(project_path)
    try:
        controller.attach(project, None)
        with qtbot.waitSignal(controller.failed) as failed:
            assert controller.attempt(lambda s: tagging.build_reviewed(s, "nope", "ana")) is None
        assert failed.args == ["no sentence nope"] and controller.stack.count() == 0
    finally:
        project.close()


def _first_sentence(project: Project) -> str:
    with project.sessions() as session:
        sid = session.scalar(
            select(Sentence.id).join(Text).where(Text.role == "original").order_by(Sentence.idx).limit(1)
        )
    assert sid is not None
    return sid


def test_a_merge_on_rows_realigned_elsewhere_is_refused_with_a_message(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    window.import_paths(write_pair(tmp_path / "in"))
    qtbot.waitUntil(lambda: window.last_import is not None, timeout=20000)
    article = window.last_import.article_ids[0]
    window.show_article(article)
    kinds = [window.alignment.align_row(i).kind for i in range(window.alignment.rowCount())]  # type: ignore[union-attr]
    assert window.project is not None
    align_article(window.project, article)  # e.g. `sverka align` while the window is open: new links
    before = window.undo.stack.count()
    window.view.go_to(0, 0)
    qtbot.keyClick(window.view, Qt.Key.Key_M, Qt.KeyboardModifier.AltModifier)
    assert window.failure_box is not None and window.failure_box.isVisible()
    assert window.undo.stack.count() == before
    assert [window.alignment.align_row(i).kind for i in range(window.alignment.rowCount())] == kinds  # type: ignore[union-attr]


def test_results_queued_behind_a_job_do_not_reach_a_project_closed_meanwhile(
    qtbot: QtBot, project_path: Path, tmp_path: Path
) -> None:
    """An undo (and a refused one) waiting behind a job lands after the project was closed:
    nothing is reported for it to the window, and the closed project's stack is not rebuilt."""
    import threading

    from sverka.ui.undo import LoggedCommand
    from sverka.ui.workers import Job

    tasks = Tasks()
    controller = UndoController(Writer(tasks))
    project = open_project(project_path)
    try:
        Importer(project).import_paths(write_pair(tmp_path / "in"))
        with project.transaction() as session:
            who = annotator_id(session, "ana")
        controller.attach(project, who)
        sentence = _first_sentence(project)
        assert controller.perform(lambda s: tagging.build_reviewed(s, sentence, who)) is not None
        controller.stack.push(LoggedCommand(controller, "no-such-event", "ghost"))  # its undo is refused
        started, release = threading.Event(), threading.Event()

        def hold(progress: object, cancel: object) -> None:
            started.set()
            release.wait(20)

        tasks.run(Job(hold))
        qtbot.waitUntil(started.is_set, timeout=5000)
        seen: list[object] = []
        controller.changed.connect(seen.append)
        controller.failed.connect(seen.append)
        controller.stack.undo()  # the ghost: refused later
        controller.stack.undo()  # the review mark: undone later
        assert controller.writer.queued
        controller.attach(None, None)  # the project closes before the results arrive
        release.set()
        qtbot.waitUntil(lambda: not controller.writer.queued, timeout=10000)
        assert [s for s in seen if not isinstance(s, str)] == []  # no changes for a closed project
        assert controller.stack.count() == 0  # not rebuilt for it either
    finally:
        tasks.shutdown()
        project.close()


def test_a_queued_write_that_dies_of_a_base_exception_reraises_it(qtbot: QtBot) -> None:
    controller = UndoController(Writer(Tasks()))
    with pytest.raises(KeyboardInterrupt):
        controller._queued_failure(KeyboardInterrupt())
