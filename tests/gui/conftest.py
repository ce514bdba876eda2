"""GUI test fixtures: isolated QSettings, a known annotator, the demo project, a main window."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QSettings
from pytestqt.qtbot import QtBot


def pytest_configure(config: pytest.Config) -> None:
    """A binding known to drop references crashes the run after a few hundred tests: say why instead."""
    from sverka.ui.qt import binding_problem

    problem = binding_problem()
    if problem is not None:
        pytest.exit(f"GUI tests refused: {problem}", returncode=2)


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if "tests/gui/" in item.nodeid.replace("\\", "/") or item.nodeid.startswith("gui/"):
            item.add_marker(pytest.mark.gui)


@pytest.fixture(autouse=True)
def _fresh_settings(tmp_path: Path, qapp: object) -> Iterator[None]:
    """Every test starts with empty INI settings in its own folder and a named annotator."""
    from sverka.ui import app as app_module
    from sverka.ui import settings

    app_module.configure_application()
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "settings"))
    settings.settings().clear()
    settings.put("prefs/annotator", "tester")
    yield
    settings.settings().clear()


@pytest.fixture(autouse=True)
def _windows_die_with_their_test(qapp: object) -> Iterator[None]:
    """The widgets a test closed are deleted at its end, on the GUI thread, with no job running.

    Qt runs deferred deletes only from an event loop: the windows pytest-qt closes and
    deleteLater()s were otherwise deleted in the middle of a later test, inside its
    ``qtbot.waitUntil``, while that test's jobs ran.
    """
    yield
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


@pytest.fixture(scope="session")
def _demo_master(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo project, built once per test run (each test gets a copy)."""
    import os

    from sverka.ops.workflows.demo import build_demo

    home = tmp_path_factory.mktemp("demo-home")
    old = os.environ.get("SVERKA_HOME")
    os.environ["SVERKA_HOME"] = str(home)
    try:
        return build_demo()
    finally:
        if old is None:
            os.environ.pop("SVERKA_HOME", None)
        else:
            os.environ["SVERKA_HOME"] = old


@pytest.fixture
def demo_path(_demo_master: Path, tmp_path: Path) -> Path:
    target = tmp_path / "demo.sverka"
    shutil.copy2(_demo_master, target)
    return target


@pytest.fixture
def window(qtbot: QtBot, demo_path: Path) -> Iterator[object]:
    """The real main window on a copy of the demo project, shown, focus in the sentences."""
    from sverka.ui.app import create_window

    win = create_window([str(demo_path)])
    qtbot.addWidget(win)
    qtbot.waitExposed(win)
    win.activateWindow()
    yield win
    win.close()
