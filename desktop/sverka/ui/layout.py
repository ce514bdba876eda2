"""Who gets the window's width: the two text columns first, on a 1366×768 laptop as on a
1920×1080 screen.

A part built with the :class:`~sverka.ui.workbench.Workbench`. It sizes the window to the
screen it opens on (the old fixed 1400×860 was larger than a laptop's screen, which cut off
the label palette), gives the side panes shares of the width instead of fixed pixels, lets
the article list and the label palette be hidden (View menu, Ctrl+Shift+L / Ctrl+Shift+P, or
dragging the splitter shut), and keeps the names panel a narrow dock: when it opens on a small
screen the article list makes room for it, and comes back when it closes.
"""

from __future__ import annotations

from sverka.ui import settings
from sverka.ui.actions import top_menu
from sverka.ui.qt import QAction, QDockWidget, QKeySequence, QMainWindow, QRect, QSplitter, Qt, QWidget
from sverka.ui.workbench import Workbench

PREFERRED = (1800, 1000)  # the largest default window (a 1920×1080 screen gets this)
SCREEN_SHARE = 0.96  # of the available screen, on a smaller one
LIST_SHARE, LIST_WIDTH = 0.26, (240, 470)  # article list: share of the window, clamped
PALETTE_SHARE, PALETTE_WIDTH = 0.14, (180, 240)
NAMES_SHARE, NAMES_WIDTH = 0.22, (260, 380)
TEXT_SHARE = 0.55  # the sentences keep at least this share of the window
TEXT_MIN_WIDTH = 520  # two columns of ~250 px: below that words are cut mid-word


def fitted_size(available: QRect) -> tuple[int, int]:
    """The window's size on a screen with this available area."""
    width, height = PREFERRED
    return (
        min(width, int(available.width() * SCREEN_SHARE)),
        min(height, int(available.height() * SCREEN_SHARE)),
    )


def _clamp(value: float, bounds: tuple[int, int]) -> int:
    return int(max(bounds[0], min(bounds[1], value)))


class WindowLayout:
    """The window's panes: sizes from shares of the width, hide/show, room for the names dock."""

    def __init__(self, bench: Workbench, splitter: QSplitter, palette: QWidget, names: QDockWidget) -> None:
        self.window: QMainWindow = bench.window
        self.splitter, self.articles, self.palette, self.names = splitter, bench.articles, palette, names
        centre = splitter.widget(1)
        assert centre is not None  # the window puts the sentences there
        self.centre: QWidget = centre
        self.centre.setMinimumWidth(TEXT_MIN_WIDTH)
        for pane in (0, 2):
            splitter.setCollapsible(pane, True)
        splitter.setCollapsible(1, False)
        self._list_hidden_for_names = False
        self.list_action = self._toggle(self.window.tr("&Article list"), "Ctrl+Shift+L", self.articles)
        self.palette_action = self._toggle(self.window.tr("&Label palette"), "Ctrl+Shift+P", self.palette)
        for key, action in (("layout/article_list", self.list_action), ("layout/palette", self.palette_action)):
            action.setChecked(bool(settings.get(key)))
            action.toggled.connect(lambda on, key=key: self._remember(key, on))
        names.visibilityChanged.connect(self._names_shown)
        menu = top_menu(self.window, "view")
        if menu is not None:
            menu.addSeparator()
            menu.addActions([self.list_action, self.palette_action])

    def _remember(self, key: str, on: bool) -> None:
        if not self._list_hidden_for_names or key != "layout/article_list":
            settings.put(key, on)  # a list hidden only to make room for the names stays wanted

    def _toggle(self, text: str, key: str, pane: QWidget) -> QAction:
        action = QAction(text, self.window)
        action.setCheckable(True)
        action.setChecked(True)
        action.setShortcut(QKeySequence(key))
        action.setToolTip(self.window.tr("Show or hide this pane: the sentences take its width"))
        action.toggled.connect(lambda on: self.show_pane(pane, on))
        self.window.addAction(action)
        return action

    # --- sizes -----------------------------------------------------------------------------

    def fit_window(self) -> None:
        """Size a window without saved geometry to its screen; pull a saved one back onto it."""
        screen = self.window.screen()
        if screen is None:
            self.window.resize(*PREFERRED)
            return
        available = screen.availableGeometry()
        frame = self.window.frameGeometry()
        if (
            settings.settings().value("window/geometry") is None
            or frame.width() > available.width()
            or frame.height() > available.height()
        ):
            self.window.resize(*fitted_size(available))
            self.window.move(available.topLeft())

    def balance(self) -> None:
        """Give the side panes their shares of the current width, the sentences the rest."""
        total = max(self.splitter.width(), self.window.width())
        sizes = self.splitter.sizes()
        left = _clamp(total * LIST_SHARE, LIST_WIDTH) if self.articles.isVisibleTo(self.window) else 0
        right = _clamp(total * PALETTE_SHARE, PALETTE_WIDTH) if self.palette.isVisibleTo(self.window) else 0
        if len(sizes) == 3:
            self.splitter.setSizes([left, max(TEXT_MIN_WIDTH, total - left - right), right])

    def show_pane(self, pane: QWidget, on: bool) -> None:
        pane.setVisible(on)
        action = self.list_action if pane is self.articles else self.palette_action
        if action.isChecked() != on:
            action.setChecked(on)
        if on:
            self.balance()

    def text_width(self) -> int:
        """The width the two text columns have now."""
        return self.centre.width()

    # --- the names dock --------------------------------------------------------------------

    def _names_shown(self, shown: bool) -> None:
        if shown:
            width = _clamp(self.window.width() * NAMES_SHARE, NAMES_WIDTH)
            self.window.resizeDocks([self.names], [width], Qt.Orientation.Horizontal)
            rest = self.window.width() - width - self.splitter.sizes()[0] - self.splitter.sizes()[2]
            if self.articles.isVisible() and rest < self.window.width() * TEXT_SHARE:
                self._list_hidden_for_names = True  # a small screen: the list makes room
                self.show_pane(self.articles, False)
        elif self._list_hidden_for_names:
            self._list_hidden_for_names = False
            self.show_pane(self.articles, True)
