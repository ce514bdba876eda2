"""Help ▸ Keyboard shortcuts lists every key of the window, and no key is bound twice."""

from __future__ import annotations

from collections import defaultdict

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QWidget

from sverka.ui.keymap import action_keys, window_actions
from sverka.ui.main_window import MainWindow


def _context_scope(action: QAction, window: MainWindow) -> object:
    """Where a shortcut competes: the whole app, the window, or its own widget."""
    context = action.shortcutContext()
    if context == Qt.ShortcutContext.ApplicationShortcut:
        return "application"
    if context in (Qt.ShortcutContext.WidgetShortcut, Qt.ShortcutContext.WidgetWithChildrenShortcut):
        return action.parent()
    return window


def test_every_action_shortcut_is_listed(window: MainWindow) -> None:
    dialog = window.show_shortcuts()
    listed = dialog.listed_keys()
    actions = [a for a in window_actions(window) if action_keys(a)]
    assert len(actions) >= 25  # menus, Review, Tools, the names panel toggle
    missing = {(a.text(), k) for a in actions for k in action_keys(a) if k not in listed}
    assert not missing
    for key in ("F2", "Alt+I", "Alt+D", "Ctrl+Shift+N", "Alt+M", "Alt+S", "Alt+R", "Alt+0", "Alt+L", "Ctrl+Shift+S"):
        assert key in listed, key
    dialog.reject()


def test_widget_keys_are_listed(window: MainWindow) -> None:
    """Keys handled by widgets (not QActions): the sentences, plain e / i, the names panel."""
    dialog = window.show_shortcuts()
    sections = defaultdict(set)
    for row in dialog.rows:
        sections[row.section].add(row.keys)
    assert {"n", "e", "i", "↑ / ↓, j / k"} <= sections["Sentences"]
    assert {"M", "F2", "Delete", "S", "L"} <= sections["Names panel"]
    # The schema's label keys are listed as the catalog binds them.
    assert set(window.catalog.keys) <= sections["Sentences"]
    # Tools (translation, models) have no keys of their own but the menu is reachable.
    assert window.translate.translate_action.text() and window.translate.models_action.text()
    dialog.reject()


def test_names_panel_keys_match_its_handler(window: MainWindow) -> None:
    """The names panel acts on exactly the keys it documents."""
    table = window.names.key_table()
    assert {text for text, _, _ in table.values()} == {k for k, _ in window.names.key_help()}


def test_no_shortcut_bound_twice(window: MainWindow) -> None:
    owners: dict[tuple[object, str], list[str]] = defaultdict(list)
    # Stricter than "enabled actions": a disabled one (undo with an empty stack, translate while
    # it runs) comes back enabled later, so no action may share a key at all.
    for action in window_actions(window):
        scope = _context_scope(action, window)
        for key in action_keys(action):
            owners[(scope, key)].append(action.text())
    clashes = {key: texts for (_, key), texts in owners.items() if len(texts) > 1}
    assert not clashes
    # Application-wide shortcuts would clash with every window's.
    app_keys = {key for (scope, key) in owners if scope == "application"}
    window_keys = {key for (scope, key) in owners if isinstance(scope, QWidget)}
    assert not app_keys & window_keys
