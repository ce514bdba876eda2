"""How the window looks: font zoom, theme, the one-key preference, the saved layout."""

from __future__ import annotations

from sverka.ui import settings, theme
from sverka.ui.qt import QApplication, QByteArray, QFont, QMainWindow, QSplitter
from sverka.ui.sentence_view import SentenceView


class Appearance:
    """Zoom and theme of one window's sentence view, and the window's saved geometry."""

    def __init__(self, window: QMainWindow, view: SentenceView, splitter: QSplitter) -> None:
        self.window, self.view, self.splitter = window, view, splitter
        self.default_point_size = QApplication.font().pointSizeF()

    def set_one_key_advance(self, on: bool) -> None:
        settings.put("prefs/one_key_advance", on)

    def zoom(self, step: int) -> None:
        size = int(settings.get("prefs/font_size")) or round(self.default_point_size)
        settings.put("prefs/font_size", 0 if step == 0 else max(6, min(40, size + step)))
        self.apply_font()

    def apply_font(self) -> None:
        size = int(settings.get("prefs/font_size"))
        font = QFont(self.view.font())
        font.setPointSizeF(size if size else self.default_point_size)
        self.view.setFont(font)
        self.view.fit_rows()

    def set_theme(self, choice: str) -> None:
        settings.put("prefs/theme", choice)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            theme.apply_theme(app, choice)

    def restore_layout(self) -> None:
        s = settings.settings()
        geometry = s.value("window/geometry")
        if isinstance(geometry, QByteArray):
            self.window.restoreGeometry(geometry)
        else:
            self.window.resize(1400, 860)
        split = s.value("window/splitter")
        if isinstance(split, QByteArray):
            self.splitter.restoreState(split)

    def save_layout(self) -> None:
        s = settings.settings()
        s.setValue("window/geometry", self.window.saveGeometry())
        s.setValue("window/splitter", self.splitter.saveState())
        s.sync()
