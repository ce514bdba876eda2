"""Team work in the window, driven by keys and menus and checked on screen and on disk: the
annotator per project, everyone's labels, refresh on another process's writes, an undo refused
after a change made elsewhere, adjudication, the dashboard, File ▸ Merge, and a team server's
password prompt and title."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QInputDialog
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from sverka.db.models import Annotation, Annotator, Label
from sverka.db.project import Project, ProjectError, open_project
from sverka.ops import history
from sverka.ops.annotation import tagging
from sverka.ops.annotation.schemas import annotator_id
from sverka.ui.main_window import MainWindow
from sverka.ui.teams import connect
from sverka.ui.teams.chips import EveryonesLabels

CTRL, SHIFT, ALT = (
    Qt.KeyboardModifier.ControlModifier,
    Qt.KeyboardModifier.ShiftModifier,
    Qt.KeyboardModifier.AltModifier,
)


def _outside(window: MainWindow) -> Project:
    """A second connection to the window's project file: another process (e.g. `sverka tag`)."""
    assert window.project is not None and window.project.path is not None
    return open_project(window.project.path)


def _tag(project: Project, who: str, sentence: str, label: str) -> None:
    with project.transaction() as session:
        annotator = annotator_id(session, who)
    assert history.execute(project, lambda s: tagging.build_add(s, sentence, label, annotator), annotator)


def _gold_on_disk(path: Path, sentence: str) -> set[str]:
    project = open_project(path)
    try:
        with project.sessions() as session:
            return set(
                session.scalars(
                    select(Label.name)
                    .join(Annotation, Annotation.label_id == Label.id)
                    .join(Annotator, Annotator.id == Annotation.annotator_id)
                    .where(Annotation.sentence_id == sentence, Annotator.kind == "gold")
                )
            )
    finally:
        project.close()


def _chip_texts(window: MainWindow, row: int) -> list[str]:
    index = window.alignment.index(row, 0)
    return [text for text, _ in window.view.delegate._chips(index)]


def test_the_annotator_is_chosen_and_remembered_per_project(
    qtbot: QtBot, window: MainWindow, demo_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    other = tmp_path / "other.sverka"
    shutil.copy2(demo_path, other)
    assert window.annotator_name == "tester"
    monkeypatch.setattr(QInputDialog, "getItem", lambda *a, **k: ("ana", True))
    window.teams.annotator_action.trigger()  # Team ▸ Annotator for this project…
    assert window.annotator_name == "ana" and "ana" in window.who.text()
    window.open_project(other)  # another project: the default name
    assert window.annotator_name == "tester"
    window.open_project(demo_path)  # back: remembered for this one
    assert window.annotator_name == "ana"
    qtbot.keyClick(window.view, Qt.Key.Key_1)  # labels go on as ana
    outside = _outside(window)
    try:
        with outside.sessions() as session:
            names = set(
                session.scalars(select(Annotator.name).join(Annotation, Annotation.annotator_id == Annotator.id))
            )
        assert "ana" in names
    finally:
        outside.close()


def test_everyones_labels_show_as_chips_and_others_writes_refresh_the_article(qtbot: QtBot, window: MainWindow) -> None:
    article = window.alignment.article.id  # type: ignore[union-attr]
    first = window.alignment.sentence_ids(0, 0)[0]
    second = window.alignment.sentence_ids(1, 0)[0]
    label = window.catalog.active[0]
    outside = _outside(window)
    try:
        _tag(outside, "bob", first, label.id)  # `sverka tag --annotator bob`
        _tag(outside, "tester", second, label.id)  # the command line, as this window's annotator
    finally:
        outside.close()
    # The open article refreshes on its own (the poll), without switching articles.
    qtbot.waitUntil(lambda: label.id in (window.alignment.cell(second).labels), timeout=5000)  # type: ignore[union-attr]
    assert window.alignment.article.id == article  # type: ignore[union-attr]
    assert f"{label.name} · bob" not in _chip_texts(window, 0)  # mine: only my labels
    qtbot.keyClick(window.view, Qt.Key.Key_A, CTRL | SHIFT)  # Team ▸ Show everyone's labels
    assert window.teams.everyone_action.isChecked()
    assert f"{label.name} · bob" in _chip_texts(window, 0)
    assert not any("bob" in t for t in _chip_texts(window, 1))
    qtbot.keyClick(window.view, Qt.Key.Key_A, CTRL | SHIFT)  # back to mine
    assert _chip_texts(window, 0) == []


def test_one_annotators_labels(qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    first = window.alignment.sentence_ids(0, 0)[0]
    one, two = window.catalog.for_key("1"), window.catalog.for_key("2")
    assert one is not None and two is not None
    outside = _outside(window)
    try:
        _tag(outside, "bob", first, one.id)
        _tag(outside, "cem", first, two.id)
    finally:
        outside.close()
    asked: list[list[str]] = []

    def pick(*args: object, **kwargs: object) -> tuple[str, bool]:
        asked.append(list(args[3]))  # type: ignore[call-overload]
        return "cem", True

    monkeypatch.setattr(QInputDialog, "getItem", pick)
    window.teams.one_action.trigger()  # Team ▸ Show one annotator's labels…
    assert asked == [["bob", "cem"]]  # people but oneself
    assert _chip_texts(window, 0) == [f"{two.name} · cem"]
    assert window.teams.everyone_action.isChecked()
    qtbot.keyClick(window.view, Qt.Key.Key_A, CTRL | SHIFT)  # mine only again
    assert _chip_texts(window, 0) == []


def test_a_relink_elsewhere_refreshes_the_rows_on_show(qtbot: QtBot, window: MainWindow) -> None:
    from sverka.cli.main import main

    def kinds() -> list[str]:
        return [window.alignment.align_row(i).kind for i in range(window.alignment.rowCount())]  # type: ignore[union-attr]

    before = kinds()
    assert "2-1" not in before[:3]
    window.view.go_to(4, 0)
    kept = window.current_sentences()
    assert window.project is not None and window.project.path is not None
    assert main(["align", str(window.project.path), "--relink", "1", "1:3", "1:2"]) == 0  # the command line
    qtbot.waitUntil(lambda: kinds() != before, timeout=5000)
    assert "2-1" in kinds()[:3]
    assert window.current_sentences() == kept  # the cursor stays on the same sentence


def test_an_undo_over_a_change_made_elsewhere_is_refused(qtbot: QtBot, window: MainWindow) -> None:
    sentence = window.current_sentences()[0]
    label = window.catalog.for_key("1")
    assert label is not None
    qtbot.keyClick(window.view, Qt.Key.Key_1)
    outside = _outside(window)
    try:  # the command line, as the same annotator, notes the same sentence
        with outside.transaction() as session:
            who = annotator_id(session, "tester")
        assert history.execute(outside, lambda s: tagging.build_note(s, sentence, who, "from the CLI"), who)
        qtbot.waitUntil(lambda: window.alignment.cell(sentence).note == "from the CLI", timeout=5000)  # type: ignore[union-attr]
        qtbot.keyClick(window.view, Qt.Key.Key_Z, CTRL)
        assert window.failure_box is not None and "changed elsewhere" in window.failure_box.text()
        with outside.sessions() as session:
            kept = session.scalars(select(Annotation.label_id).where(Annotation.sentence_id == sentence)).all()
        assert label.id in kept  # nothing was undone
    finally:
        outside.close()


def test_adjudication_with_the_keyboard_writes_gold_and_undoes(
    qtbot: QtBot, window: MainWindow, demo_path: Path
) -> None:
    first = window.alignment.sentence_ids(0, 0)[0]
    second = window.alignment.sentence_ids(1, 0)[0]
    one, two = window.catalog.for_key("1"), window.catalog.for_key("2")
    assert one is not None and two is not None
    outside = _outside(window)
    try:
        _tag(outside, "ana", first, one.id)
        _tag(outside, "bob", first, two.id)
        _tag(outside, "ana", second, one.id)
        _tag(outside, "bob", second, one.id)
        _tag(outside, "bob", second, two.id)
    finally:
        outside.close()
    view = window.teams.show_adjudication()
    assert view is not None and len(view.items) == 2
    table = view.table
    assert view.current is not None and view.current.sentence_id == first
    assert "ana" in view.detail.toPlainText() and "bob" in view.detail.toPlainText()
    qtbot.keyClick(table, Qt.Key.Key_2, ALT)  # gold = bob's choice, then the next one
    assert _gold_on_disk(demo_path, first) == {two.name}
    assert view.current is not None and view.current.sentence_id == second
    qtbot.keyClick(table, Qt.Key.Key_Return)  # gold = the majority ({one}: both gave it)
    assert _gold_on_disk(demo_path, second) == {one.name}
    qtbot.keyClick(table, Qt.Key.Key_K)  # back to the first
    qtbot.keyClick(table, Qt.Key.Key_1)  # a digit toggles a gold label
    assert _gold_on_disk(demo_path, first) == {one.name, two.name}
    assert view.table.item(0, 3).text() == f"{one.name}, {two.name}"
    qtbot.keyClick(table, Qt.Key.Key_Z, CTRL)  # undo, in the adjudication window
    assert _gold_on_disk(demo_path, first) == {two.name}
    # People's own labels are untouched, and the gold does not count as a person's label.
    assert "2 disagreements, 2 decided" in view.count.text()


def test_the_dashboard_charts_people_only_and_saves_png(qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    first = window.alignment.sentence_ids(0, 0)[0]
    one, two = window.catalog.for_key("1"), window.catalog.for_key("2")
    assert one is not None and two is not None
    outside = _outside(window)
    try:
        _tag(outside, "ana", first, one.id)
        _tag(outside, "bob", first, two.id)
        with outside.transaction():
            from sverka.ops.workflows.adjudication import build_gold_set

            history.execute(outside, lambda s: build_gold_set(s, first, [one.name]), None)
    finally:
        outside.close()
    window.teams.dashboard_action.trigger()  # View ▸ Dashboard
    board = window.teams.dashboard
    assert board is not None and board.isVisible()
    names = [bar.name for bar in board.progress.bars]
    assert "ana" in names and "bob" in names and "gold" not in names
    assert next(bar.text for bar in board.progress.bars if bar.name == "ana").startswith("1/")
    assert {bar.name for bar in board.agreement.bars} >= {one.name}
    written = board.save(tmp_path)
    assert len(written) == 4 and all(p.stat().st_size > 1000 for p in written)


def test_file_merge_brings_a_copys_labels(qtbot: QtBot, window: MainWindow, demo_path: Path, tmp_path: Path) -> None:
    first = window.alignment.sentence_ids(0, 0)[0]
    label = window.catalog.active[0]
    copy = tmp_path / "ana.sverka"
    shutil.copy2(demo_path, copy)
    theirs = open_project(copy)
    try:
        _tag(theirs, "ana", first, label.id)
    finally:
        theirs.close()
    from sverka.ui.actions import top_menu

    file_menu = top_menu(window, "file")
    assert file_menu is not None and window.teams.merge_action in file_menu.actions()  # File ▸ Merge…
    job = window.teams.merging.merge([copy])
    assert job is not None
    qtbot.waitUntil(lambda: window.teams.merging.last_report is not None, timeout=20000)
    box = window.teams.merging.summary_box
    assert box is not None and "ana.sverka: added" in box.text()
    window.teams.everyone_action.trigger()
    assert f"{label.name} · ana" in _chip_texts(window, 0)
    # The project itself is refused in one line; nothing runs.
    assert window.teams.merging.merge([demo_path]) is None
    assert window.failure_box is not None and "this project itself" in window.failure_box.text()


def test_a_team_server_asks_a_password_and_never_stores_or_shows_it(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    url = "postgresql+psycopg://ana@db.example.org/team"
    tried: list[str] = []

    def fake_open(target: str, create: bool = False) -> Project:
        tried.append(str(target))
        if len(tried) == 1:
            raise ProjectError(f'{target}: connection failed: FATAL:  password authentication failed for user "ana"')
        return Project(url=str(target), engine=None, sessions=None)  # type: ignore[arg-type]

    monkeypatch.setattr(connect, "open_project", fake_open)
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("S3cret", True))
    project = connect.open_asking(window, url)
    assert tried == [url, "postgresql+psycopg://ana:S3cret@db.example.org/team"]
    assert connect.stored_location(project) == url  # what the settings keep
    assert connect.title_name(project) == "team"  # the window title: the database only
    assert connect.title_name(Project("postgresql+psycopg:///?service=sverka-ana", None, None)) == "sverka-ana"  # type: ignore[arg-type]
    # A refusal that is not about the password, and a cancelled prompt, are raised as they are.
    monkeypatch.setattr(
        connect, "open_project", lambda t, create=False: (_ for _ in ()).throw(ProjectError("no such db"))
    )
    with pytest.raises(ProjectError, match="no such db"):
        connect.open_asking(window, url)
    tried.clear()
    monkeypatch.setattr(connect, "open_project", fake_open)
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("", False))
    with pytest.raises(ProjectError, match="password authentication failed"):
        connect.open_asking(window, url)


def test_everyones_labels_part_is_quiet_without_a_project(window: MainWindow) -> None:
    part = EveryonesLabels(window.bench)
    window.close_project()
    part.set_on(True)
    part.refresh(["nothing"])
    assert part.chips(window.alignment.index(0, 0)) == []
