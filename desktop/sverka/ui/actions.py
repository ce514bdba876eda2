"""The menu bar: every command with its shortcut and tooltip, in one place."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from sverka.ui.qt import QAction, QKeySequence, QMainWindow, QMenu, QMenuBar, QUndoStack
from sverka.ui.row_edits import LANGUAGE_ACTION

if TYPE_CHECKING:
    from sverka.ui.row_edits import RowEdits

Slot = Callable[[], object]


@dataclass(frozen=True)
class MenuSlots:
    """What the menus call: the window's and its parts' commands, named by the menu entry."""

    new_project: Slot
    open_project: Slot
    import_files: Slot
    import_folder: Slot
    export: Slot
    quit: Slot
    find: Slot
    article_list: Slot
    sentences: Slot
    note: Slot
    reviewed: Slot
    one_key_advance: Callable[[bool], object]
    schema_editor: Slot
    preferences: Slot
    zoom: Callable[[int], object]
    theme: Callable[[str], object]
    step_article: Callable[[int], object]
    session_start: Slot
    session_next: Slot
    session_stop: Slot
    shortcuts: Slot
    about: Slot


@dataclass
class Actions:
    """The actions other code needs to reach (enable, check, trigger in tests)."""

    undo: QAction
    redo: QAction
    find: QAction
    advance: QAction
    recent: QMenu
    session_start: QAction
    session_next: QAction
    session_stop: QAction
    rows: list[QAction] = field(default_factory=list)  # row edits, also in the sentences' context menu


def _add(
    menu: QMenu,
    text: str,
    slot: Slot,
    shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None,
    tip: str = "",
) -> QAction:
    action = QAction(text, menu)
    if shortcut is not None:
        action.setShortcut(QKeySequence(shortcut))
    if tip:
        action.setToolTip(tip)
        action.setStatusTip(tip)
    action.triggered.connect(lambda *_: slot())
    menu.addAction(action)
    return action


def _top(bar: QMenuBar, title: str, key: str) -> QMenu:
    """A top-level menu named ``menu_<key>``: features find it by name, not by its (translated) title."""
    menu = bar.addMenu(title)
    menu.setObjectName(f"menu_{key}")
    return menu


def top_menu(window: QMainWindow, key: str) -> QMenu | None:
    """The window's top-level menu ``key`` (file, edit, view, article, session, help)."""
    return window.menuBar().findChild(QMenu, f"menu_{key}")


def insert_before_help(window: QMainWindow, menu: QMenu) -> None:
    """Add ``menu`` to the menu bar just before Help (Tools, Review), whatever the UI language."""
    bar = window.menuBar()
    help_menu = top_menu(window, "help")
    if help_menu is not None:
        bar.insertMenu(help_menu.menuAction(), menu)
    else:
        bar.addMenu(menu)


def build_menus(w: QMainWindow, do: MenuSlots, stack: QUndoStack, recent: QMenu, edits: RowEdits) -> Actions:
    """Create the menus of the main window ``w``; ``recent`` is the File ▸ Open recent menu."""
    bar = w.menuBar()
    tr = w.tr
    SK = QKeySequence.StandardKey

    file = _top(bar, tr("&File"), "file")
    _add(file, tr("&New project…"), do.new_project, SK.New, tr("Create an empty project file"))
    _add(file, tr("&Open project…"), do.open_project, SK.Open, tr("Open a project file"))
    file.addMenu(recent)
    file.addSeparator()
    _add(
        file,
        tr("&Import files…"),
        do.import_files,
        "Ctrl+I",
        tr("Import articles (txt, JSONL, CSV); you can also drop files on the window"),
    )
    _add(
        file,
        tr("Import &folder…"),
        do.import_folder,
        "Ctrl+Shift+I",
        tr("Import every article file in a folder"),
    )
    _add(
        file,
        tr("&Export…"),
        do.export,
        "Ctrl+E",
        tr("Export the dataset as JSONL, CSV or MQM TSV"),
    )
    file.addSeparator()
    _add(file, tr("&Quit"), do.quit, SK.Quit)

    edit = _top(bar, tr("&Edit"), "edit")
    undo = stack.createUndoAction(edit, tr("&Undo"))
    undo.setShortcut(QKeySequence("Ctrl+Z"))
    redo = stack.createRedoAction(edit, tr("&Redo"))
    redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
    edit.addAction(undo)
    edit.addAction(redo)
    edit.addSeparator()
    find = _add(edit, tr("&Find…"), do.find, "Ctrl+F", tr("Search articles in every language"))
    _add(
        edit,
        tr("Article &list"),
        do.article_list,
        "Ctrl+L",
        tr("Move the keyboard to the article list"),
    )
    _add(
        edit,
        tr("&Sentences"),
        do.sentences,
        "Ctrl+J",
        tr("Move the keyboard to the sentences"),
    )
    edit.addSeparator()
    _add(
        edit,
        tr("&Note…"),
        do.note,
        None,
        tr("Add or edit a note on the current sentence (key n)"),
    )
    _add(
        edit,
        tr("Mark &reviewed"),
        do.reviewed,
        None,
        tr("Mark the current sentence reviewed (Space)"),
    )
    advance = QAction(tr("One key labels and &moves on"), edit)
    advance.setCheckable(True)
    advance.setShortcut(QKeySequence("Ctrl+M"))
    advance.setToolTip(tr("When on, a label key also moves to the next sentence"))
    advance.toggled.connect(do.one_key_advance)
    edit.addAction(advance)
    edit.addSeparator()
    _add(
        edit,
        tr("Edit &schema…"),
        do.schema_editor,
        None,
        tr("Add, rename and recolour labels; set hotkeys and groups"),
    )
    _add(edit, tr("&Preferences…"), do.preferences, "Ctrl+,")

    view = _top(bar, tr("&View"), "view")
    _add(view, tr("Zoom &in"), lambda: do.zoom(1), "Ctrl+=", tr("Bigger text"))
    view.actions()[-1].setShortcuts([QKeySequence("Ctrl+="), QKeySequence("Ctrl++")])
    _add(view, tr("Zoom &out"), lambda: do.zoom(-1), "Ctrl+-", tr("Smaller text"))
    _add(view, tr("&Reset zoom"), lambda: do.zoom(0), "Ctrl+0")
    theme = view.addMenu(tr("&Theme"))
    for text, value in (
        (tr("Follow the system"), "system"),
        (tr("Light"), "light"),
        (tr("Dark"), "dark"),
    ):
        _add(theme, text, lambda v=value: do.theme(v))  # type: ignore[misc]
    view.addSeparator()
    _add(view, tr("Previous article"), lambda: do.step_article(-1), "Ctrl+PgUp")
    _add(view, tr("Next article"), lambda: do.step_article(1), "Ctrl+PgDown")

    rows = _article_menu(w, edits, _top(bar, tr("&Article"), "article"))

    # "Sessio&n": Alt+S splits a row (the Article menu), so the menu's mnemonic moves to n.
    session = _top(bar, tr("Sessio&n"), "session")
    start = _add(
        session,
        tr("&Start annotation session…"),
        do.session_start,
        "Ctrl+Shift+S",
        tr("Queue the sentences you have not labeled yet"),
    )
    nxt = _add(
        session,
        tr("&Next in queue"),
        do.session_next,
        "Ctrl+Return",
        tr("Go to the next unlabeled sentence of the session"),
    )
    stop = _add(
        session,
        tr("S&top session"),
        do.session_stop,
        None,
        tr("End the session (it can be resumed until then)"),
    )

    help_menu = _top(bar, tr("&Help"), "help")
    _add(help_menu, tr("&Keyboard shortcuts"), do.shortcuts, "F1")
    _add(help_menu, tr("&About Sverka"), do.about)
    return Actions(undo, redo, find, advance, recent, start, nxt, stop, rows)


def _article_menu(w: QMainWindow, edits: RowEdits, menu: QMenu) -> list[QAction]:
    """Alignment and language edits of the current row. They use Alt so that every plain key
    stays free for the schema's label hotkeys (a label bound to m or s must keep working)."""
    tr = w.tr
    rows = [
        _add(
            menu,
            tr("&Merge with next row"),
            edits.merge,
            "Alt+M",
            tr("Join this row and the next into one manual row (e.g. two sentences translated as one)"),
        ),
        _add(
            menu,
            tr("&Split row"),
            edits.split,
            "Alt+S",
            tr("Split a 2-1 / 1-2 row into one-to-one rows; a 1-1 row comes apart into 1-0 and 0-1"),
        ),
        _add(
            menu,
            tr("&Relink selected rows"),
            edits.relink_selection,
            "Alt+R",
            tr("Make the rows picked with Shift+↓ (or a drag) one row; one row alone is confirmed as manual"),
        ),
        _add(
            menu,
            tr("&No translation"),
            edits.no_translation,
            "Alt+0",
            tr("This side's sentences have no counterpart: a 1-0 or 0-1 row"),
        ),
        _add(
            menu,
            tr("&Language…"),
            edits.popup_language_menu,
            "Alt+L",
            tr("Set the language of the current sentence by hand (or back to the detected one)"),
        ),
    ]
    rows[-1].setObjectName(LANGUAGE_ACTION)  # the row menu shows the submenu in its place
    menu.addSeparator()
    _add(
        menu,
        tr("Re-&align article"),
        edits.realign,
        None,
        tr("Run the aligner again on this translation; manual rows are kept"),
    )
    return rows
