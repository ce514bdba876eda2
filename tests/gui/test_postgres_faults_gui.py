"""Issue 13, team-server faults in the window: a wrong password or a missing grant is one
dialog when opening (no password in it); a server that goes away while tagging is one dialog,
the window goes on. Marked `postgres`: the test starts its own server."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from support.pair import write_pairs
from support.postgres import Server, psql, require_passwords, required_server_binaries, running_server, stop_server
from sverka.cli.main import main
from sverka.ui import main_window as main_window_module
from sverka.ui.main_window import MainWindow
from sverka.ui.teams import connect

pytestmark = pytest.mark.postgres


@pytest.fixture
def team(tmp_path: Path) -> Iterator[tuple[Server, Path, str]]:
    bindir = required_server_binaries()
    with running_server(bindir) as server:
        url = server.createdb(bindir, "team")
        assert main(["init", url]) == 0 and main(["import", url, str(write_pairs(tmp_path / "pairs", 2))]) == 0
        psql(server, bindir, "team", "CREATE ROLE nobody LOGIN PASSWORD 'right-S3cret'")
        require_passwords(server, bindir)
        yield server, bindir, url


def _login(server: Server, user: str, password: str) -> str:
    return f"postgresql+psycopg://{user}:{password}@/team?host={server.socket_dir}&port={server.port}"


def test_refused_logins_are_one_dialog_without_the_password(
    qtbot: QtBot, team: tuple[Server, Path, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    server, _, _ = team
    shown: list[str] = []
    asked: list[str] = []
    monkeypatch.setattr(main_window_module.QMessageBox, "warning", lambda parent, title, text: shown.append(text))
    # A refused password first offers to type it again (ui/teams/connect.py); the user cancels.
    monkeypatch.setattr(connect, "ask_password", lambda w, url, again: asked.append(url) or None)
    win = MainWindow("tester")
    qtbot.addWidget(win)
    assert not win.open_project(_login(server, "nobody", "wrong-S3cret"))
    assert not win.open_project(_login(server, "nobody", "right-S3cret"))
    assert len(asked) == 1  # the wrong password was asked again, the missing grant was not
    assert len(shown) == 2 and all("\n" not in text and "S3cret" not in text for text in shown)
    assert "refused the password" in shown[0] and "no permission" in shown[1]
    assert win.project is None


def test_a_server_gone_while_tagging_is_one_dialog(qtbot: QtBot, team: tuple[Server, Path, str]) -> None:
    server, bindir, url = team
    win = MainWindow("tester")
    qtbot.addWidget(win)
    win.show()
    assert win.open_project(url)
    qtbot.waitUntil(lambda: not win.tasks.busy, timeout=30_000)
    qtbot.keyClick(win.view, Qt.Key.Key_1)
    assert win.undo.stack.canUndo()  # the first label is on the server
    stop_server(server, bindir)
    for _ in range(3):
        qtbot.keyClick(win.view, Qt.Key.Key_J)
        qtbot.keyClick(win.view, Qt.Key.Key_1)
    boxes = [b for b in win.findChildren(QMessageBox) if b.isVisible()]
    assert len(boxes) == 1, [b.text() for b in boxes]
    assert "cannot reach the database server" in boxes[0].text() or "shut down" in boxes[0].text()
    boxes[0].done(0)
    win.close()
