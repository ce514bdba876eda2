"""``sverka gui``: the QApplication, its settings, theme, translations and one main window."""

from __future__ import annotations

import getpass
import os
import sys
import time
from collections.abc import Sequence
from pathlib import Path

from sverka import APP_ID, APP_NAME, __version__
from sverka.paths import resource_path
from sverka.ui import language_names, qt, settings, theme
from sverka.ui.qt import (
    QApplication,
    QCoreApplication,
    QDialog,
    QGuiApplication,
    QIcon,
    QInputDialog,
    QMessageBox,
    QSettings,
    QTimer,
    QTranslator,
    QWidget,
)


def configure_application() -> None:
    """Names and the INI settings format; call before the first QSettings is made."""
    QCoreApplication.setOrganizationName(APP_NAME)
    QCoreApplication.setOrganizationDomain("sverka.github.io")
    QCoreApplication.setApplicationName(APP_NAME)
    QCoreApplication.setApplicationVersion(__version__)
    QGuiApplication.setDesktopFileName(APP_ID)
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)


def install_translator(app: QCoreApplication) -> QTranslator | None:
    """Load resources/i18n/sverka_<lang>.qm for the chosen (or system) language."""
    lang = language_names.chosen_language()
    language_names.set_interface_language("en")
    if lang == "en":
        return None
    translator = QTranslator(app)
    folder = resource_path("i18n")
    if translator.load(f"sverka_{lang}", str(folder)):
        app.installTranslator(translator)
        language_names.set_interface_language(lang)
        return translator
    return None


def ask_annotator(parent: QWidget | None = None) -> str:
    """The annotator's name, asked once and kept in the settings."""
    name = str(settings.get("prefs/annotator")).strip()
    if name:
        return name
    default = getpass.getuser() or "annotator"
    text, ok = QInputDialog.getText(
        parent,
        QCoreApplication.translate("app", "Who is annotating?"),
        QCoreApplication.translate("app", "Your name (it goes on every label, note and undo step):"),
        text=default,
    )
    name = text.strip() if ok and text.strip() else default
    settings.put("prefs/annotator", name)
    return name


def initial_project(argv: Sequence[str]) -> str:
    """The project given, else the last one opened, else the demo (built on first run)."""
    if argv:
        return argv[0]
    last = settings.settings().value("last/project")
    if isinstance(last, str) and last and ("://" in last or Path(last).exists()):
        return last
    from sverka.ops.workflows.demo import build_demo  # imports the importer: only when needed

    return str(build_demo())


def create_window(argv: Sequence[str], *, paint_first: bool = False) -> QWidget:
    """Everything ``main`` does except the event loop (tests call this).

    ``paint_first`` (``main``): the window's frame is shown and painted before its parts,
    the ops layer and SQLAlchemy load and the project opens — a start shows a window in
    about a third of the time the whole takes (issue 17: first paint <= 1 s)."""
    from sverka.ui.main_window import MainWindow

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    theme.apply_theme(app, str(settings.get("prefs/theme")))
    app.styleHints().colorSchemeChanged.connect(
        lambda _: theme.apply_theme(app, "system") if settings.get("prefs/theme") == "system" else None
    )
    window = MainWindow(ask_annotator(), parts=not paint_first)
    if paint_first:
        window.show()
        window.repaint()  # the frame, painted now: the parts' imports below take the longest
        app.processEvents()
        global first_paint_at
        first_paint_at = time.perf_counter()
        window.build_parts()
    try:
        target = initial_project(argv)
    except Exception as exc:  # the demo failed to build: still open an empty window
        QMessageBox.warning(window, APP_NAME, str(exc))
        target = ""
    window.show()
    if target:
        window.open_project(target)
    return window


first_paint_at: float | None = None  # perf_counter() when main's window first painted


QUIT_AFTER_PAINT = "--quit-after-paint"
PAINT_TIMING = "SVERKA_PAINT_TIMING"  # set: --quit-after-paint says how long after the first paint it ended


def paint_once(app: QApplication, window: QWidget) -> int:
    """For smoke tests of an install or bundle: render the whole window once, then exit.
    0 when a project is open and the window painted, else 1 (the reason was shown or logged)."""
    app.processEvents()
    painted = not window.grab().isNull()  # runs every visible widget's paintEvent
    opened = getattr(window, "project", None) is not None
    for box in window.findChildren(QMessageBox):  # what a user would have read (e.g. no such project)
        if box.isVisible():
            print(f"sverka: {box.text()}", file=sys.stderr)
    window.close()
    if os.environ.get(PAINT_TIMING) and first_paint_at is not None:
        # bench/run.py: process start to first paint = its wall time minus this tail
        print(f"sverka: first paint {time.perf_counter() - first_paint_at:.4f} s before the end", file=sys.stderr)
    return 0 if painted and opened else 1


def _dismiss_dialogs() -> None:
    """Nobody is there to answer (the name prompt, an error box): take the default."""
    dialog = QApplication.activeModalWidget()
    if isinstance(dialog, QMessageBox):
        print(f"sverka: {dialog.text()}", file=sys.stderr)
    if isinstance(dialog, QDialog):
        dialog.reject()


def main(argv: Sequence[str] | None = None) -> int:
    """Run the desktop app; ``argv`` holds at most one project path or URL, and optionally
    ``--quit-after-paint`` (open the window, paint it once, exit)."""
    args = list(sys.argv[1:] if argv is None else argv)
    problem = qt.binding_problem()
    if problem is not None:  # refuse before the first window: the crash would come minutes later
        print(f"sverka: {problem}", file=sys.stderr)
        return 2
    quit_after_paint = QUIT_AFTER_PAINT in args
    args = [a for a in args if a != QUIT_AFTER_PAINT]
    configure_application()
    app = QApplication.instance() or QApplication([sys.argv[0], *[a for a in args if a.startswith("-")]])
    assert isinstance(app, QApplication)
    icon = resource_path("icons") / "sverka.svg"
    if icon.exists():
        app.setWindowIcon(QIcon(str(icon)))
    install_translator(app)
    if quit_after_paint:
        dismisser = QTimer(app)
        dismisser.timeout.connect(_dismiss_dialogs)
        dismisser.start(50)
    window = create_window([a for a in args if not a.startswith("-")], paint_first=True)
    if quit_after_paint:
        return paint_once(app, window)
    code = app.exec()
    del window
    return int(code)


if __name__ == "__main__":
    sys.exit(main())
