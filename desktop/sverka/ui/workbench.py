"""The shared objects every part of the main window is built with, and its extension points.

A part (review tools, the names panel, translation, sessions, row edits…) receives one
:class:`Workbench` at construction and plugs into it through declared extension points only:

* ``keys`` — the window's one key table (:mod:`sverka.ui.keys`);
* ``view.delegate.add_chip_provider`` / ``add_highlighter`` — chips and word marks in cells;
* ``row_menu.add`` — actions in the sentences' right-click menu;
* ``header.add_widget`` — a widget in the article header (the MQM score);
* ``undo.changed`` (what a command or its undo touched) and ``alignment.modelReset``
  (another article or translation on show) — to refresh what the part shows;
* :func:`sverka.ui.actions.top_menu` / ``insert_before_help`` — menus and menu entries.

Writes go through ``undo`` (commands), ``writer`` (other small writes, e.g. the session cursor)
or ``tasks`` (long jobs): one writer, see :mod:`sverka.ui.writer`.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from sverka.ui.article_panel import ArticlePanel
from sverka.ui.context import Navigator, ProjectContext
from sverka.ui.keys import KeyTable
from sverka.ui.models.alignment import AlignmentModel
from sverka.ui.qt import QAction, QMainWindow
from sverka.ui.sentence_view import ArticleHeader, SentenceView
from sverka.ui.undo import UndoController
from sverka.ui.workers import Tasks
from sverka.ui.writer import Writer


@dataclass
class RowMenu:
    """The actions of the sentences' right-click menu (row edits first, then features')."""

    actions: list[QAction] = field(default_factory=list)

    def add(self, *actions: QAction) -> None:
        self.actions.extend(actions)


@dataclass
class Workbench:
    """What the window's parts share (see the module docstring for the extension points)."""

    window: QMainWindow  # parent of the parts' dialogs, actions and docks
    context: ProjectContext
    nav: Navigator
    articles: ArticlePanel
    view: SentenceView
    alignment: AlignmentModel
    header: ArticleHeader
    undo: UndoController
    tasks: Tasks
    writer: Writer
    keys: KeyTable
    row_menu: RowMenu = field(default_factory=RowMenu)
