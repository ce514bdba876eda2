"""What the parts of the main window are given: the open project, and the window's services.

The window is assembled from parts (labeling, files, sessions, row edits, review, names,
translation…). None of them imports the window: each is built with the objects it works
on — the sentence view, the undo controller, the key table, the :class:`ProjectContext` —
and reaches the few window services it needs through the :class:`Navigator` protocol, which
:class:`sverka.ui.main_window.MainWindow` implements.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

from sverka.db.project import Project
from sverka.ui.qt import QMessageBox


@dataclass
class ProjectContext:
    """The project open in a window and who is annotating; ``None`` while no project is open."""

    annotator_name: str
    project: Project | None = None
    annotator_id: str | None = None


class Navigator(Protocol):
    """The window services a part may call (moving around, saying things, reloading rows)."""

    def show_article(self, article_id: str | None, sentence_id: str | None = None) -> None: ...

    def focus_sentences(self) -> None: ...

    def reload_rows(self) -> None: ...

    def show_failure(self, message: str) -> QMessageBox: ...

    def say(self, message: str, msecs: int = 5000) -> None: ...

    def refuse_write(self) -> bool: ...
