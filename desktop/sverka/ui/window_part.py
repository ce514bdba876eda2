"""The base of the main window's slot mixins (files, labeling, appearance)."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sverka.ui.main_window import MainWindow


class WindowPart:
    """Mixed into :class:`MainWindow` to keep a group of its slots in a module of its own."""

    def _w(self) -> MainWindow:
        """``self``, typed as the window the mixin is part of."""
        from sverka.ui.main_window import MainWindow

        assert isinstance(self, MainWindow)
        return self
