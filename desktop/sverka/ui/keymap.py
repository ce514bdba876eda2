"""The window's keyboard map, read from its live actions and widgets (Help ▸ Keyboard shortcuts).

The list is built when the dialog opens, from the QActions the window really has (menus,
the Review and Tools actions, the names panel toggle) plus the window's key table
(:mod:`sverka.ui.keys`: the sentence view's keys, the schema's label keys, the review tools'
plain keys, the names panel's keys), which is also what dispatches those keys. Nothing is
typed twice, so the list cannot drift from the keys; ``tests/gui/test_keymap.py`` checks
that every action with a shortcut is listed and that no two actions share a key.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from sverka.ui.keys import KeyTable, Where
from sverka.ui.qt import QAction, QKeySequence, QMainWindow, QMenu, QWidget


@dataclass(frozen=True)
class KeyRow:
    """One line of the map: the key(s) as the user reads them, what they do, where."""

    keys: str
    action: str
    section: str


def key_text(sequence: QKeySequence) -> str:
    """A key sequence as shown in menus (Ctrl+Shift+N, F2)."""
    return sequence.toString(QKeySequence.SequenceFormat.NativeText)


def action_keys(action: QAction) -> list[str]:
    """Every shortcut of ``action`` as text (an action may have several, e.g. Ctrl+Y for redo)."""
    return [text for seq in action.shortcuts() if (text := key_text(seq))]


def _plain(text: str) -> str:
    """A menu text without its mnemonic '&', the '…' and the '\\t' accelerator suffix."""
    return text.split("\t")[0].replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip("…").strip()


def _menu_rows(menu: QMenu, section: str, seen: set[int]) -> Iterable[KeyRow]:
    for action in menu.actions():
        sub = action.menu()
        if isinstance(sub, QMenu):
            yield from _menu_rows(sub, section, seen)
            continue
        keys = action_keys(action)
        if keys and id(action) not in seen:
            seen.add(id(action))
            yield KeyRow(" / ".join(keys), _plain(action.text()), section)


def window_actions(window: QWidget) -> list[QAction]:
    """Every QAction owned by ``window`` or its children (menus, docks, tools)."""
    return [a for a in window.findChildren(QAction) if isinstance(a, QAction)]


def keymap(window: QMainWindow, table: KeyTable | None = None) -> list[KeyRow]:
    """Every key of ``window``: the sentences' keys first (where the hands are), then the menus
    in order, other actions, the names panel's keys and the QA list's. ``table``: the window's ``keys``."""
    table = table if table is not None else getattr(window, "keys", None)
    if not isinstance(table, KeyTable):
        raise TypeError(f"{type(window).__name__} has no key table")
    tr = window.tr
    sentences = tr("Sentences")
    rows = [KeyRow(keys, what, sentences) for keys, what in table.rows(Where.SENTENCES)]
    seen: set[int] = set()
    for top in window.menuBar().actions():
        menu = top.menu()
        if isinstance(menu, QMenu):
            rows += _menu_rows(menu, _plain(top.text()), seen)
    other = tr("Other")
    for action in window_actions(window):  # shortcuts outside the menus still get listed
        keys = action_keys(action)
        if keys and id(action) not in seen:
            seen.add(id(action))
            rows.append(KeyRow(" / ".join(keys), _plain(action.text()), other))
    names = tr("Names panel")
    rows += [KeyRow(keys, what, names) for keys, what in table.rows(Where.NAMES)]
    qa = tr("QA findings")
    rows += [KeyRow(keys, what, qa) for keys, what in table.rows(Where.QA)]
    adjudication = tr("Adjudication")
    rows += [KeyRow(keys, what, adjudication) for keys, what in table.rows(Where.ADJUDICATION)]
    return rows
