"""Appearance slots of the main window: font zoom, theme, preferences, saved layout."""

from __future__ import annotations

from PySide6.QtCore import QByteArray
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication

from sverka.ui import settings, theme
from sverka.ui.dialogs.preferences import PreferencesDialog
from sverka.ui.window_part import WindowPart


class AppearanceActions(WindowPart):
    """Mixed into :class:`MainWindow`; kept apart so the window module stays small."""

    _default_point_size: float

    def set_one_key_advance(self, on: bool) -> None:
        settings.put("prefs/one_key_advance", on)

    def zoom(self, step: int) -> None:
        size = int(settings.get("prefs/font_size")) or round(self._default_point_size)
        settings.put("prefs/font_size", 0 if step == 0 else max(6, min(40, size + step)))
        self.apply_font()

    def apply_font(self) -> None:
        view = self._w().view
        size = int(settings.get("prefs/font_size"))
        font = QFont(view.font())
        font.setPointSizeF(size if size else self._default_point_size)
        view.setFont(font)
        view.fit_rows()

    def set_theme(self, choice: str) -> None:
        settings.put("prefs/theme", choice)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            theme.apply_theme(app, choice)

    def preferences(self) -> PreferencesDialog:
        dialog = PreferencesDialog(self._w())
        dialog.accepted.connect(self._preferences_saved)
        dialog.open()
        return dialog

    def _preferences_saved(self) -> None:
        w = self._w()
        self.set_theme(str(settings.get("prefs/theme")))
        w.actions_.advance.setChecked(bool(settings.get("prefs/one_key_advance")))
        self.apply_font()
        name = str(settings.get("prefs/annotator"))
        if name and name != w.annotator_name and w.project is not None:
            w.annotator_name = name
            w.open_project(w.project.path or w.project.url)

    def restore_layout(self) -> None:
        w = self._w()
        s = settings.settings()
        geometry = s.value("window/geometry")
        if isinstance(geometry, QByteArray):
            w.restoreGeometry(geometry)
        else:
            w.resize(1400, 860)
        split = s.value("window/splitter")
        if isinstance(split, QByteArray):
            w.splitter.restoreState(split)

    def save_layout(self) -> None:
        w = self._w()
        s = settings.settings()
        s.setValue("window/geometry", w.saveGeometry())
        s.setValue("window/splitter", w.splitter.saveState())
        s.sync()
