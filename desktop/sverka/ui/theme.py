"""Light and dark palettes; "system" follows Qt 6's colour-scheme hint and its changes."""

from __future__ import annotations

from sverka.ui.qt import QApplication, QColor, QGuiApplication, QPalette, Qt

_DARK = {
    QPalette.ColorRole.Window: "#2b2d30",
    QPalette.ColorRole.WindowText: "#e6e6e6",
    QPalette.ColorRole.Base: "#1e1f22",
    QPalette.ColorRole.AlternateBase: "#26282b",
    QPalette.ColorRole.ToolTipBase: "#3c3f41",
    QPalette.ColorRole.ToolTipText: "#e6e6e6",
    QPalette.ColorRole.Text: "#e6e6e6",
    QPalette.ColorRole.Button: "#3c3f41",
    QPalette.ColorRole.ButtonText: "#e6e6e6",
    QPalette.ColorRole.Highlight: "#2f65ca",
    QPalette.ColorRole.HighlightedText: "#ffffff",
    QPalette.ColorRole.Link: "#6aa7ff",
    QPalette.ColorRole.PlaceholderText: "#8c8c8c",
}
_LIGHT = {
    QPalette.ColorRole.Window: "#f3f3f3",
    QPalette.ColorRole.WindowText: "#1b1b1b",
    QPalette.ColorRole.Base: "#ffffff",
    QPalette.ColorRole.AlternateBase: "#f6f7f9",
    QPalette.ColorRole.ToolTipBase: "#ffffe1",
    QPalette.ColorRole.ToolTipText: "#1b1b1b",
    QPalette.ColorRole.Text: "#1b1b1b",
    QPalette.ColorRole.Button: "#e9e9e9",
    QPalette.ColorRole.ButtonText: "#1b1b1b",
    QPalette.ColorRole.Highlight: "#cfe0fb",
    QPalette.ColorRole.HighlightedText: "#1b1b1b",
    QPalette.ColorRole.Link: "#1a5fb4",
    QPalette.ColorRole.PlaceholderText: "#8a8a8a",
}


def system_is_dark() -> bool:
    return QGuiApplication.styleHints().colorScheme() == Qt.ColorScheme.Dark


def palette(dark: bool) -> QPalette:
    pal = QPalette()
    for role, colour in (_DARK if dark else _LIGHT).items():
        pal.setColor(role, QColor(colour))
    disabled = QColor("#7a7a7a")
    for role in (
        QPalette.ColorRole.Text,
        QPalette.ColorRole.WindowText,
        QPalette.ColorRole.ButtonText,
    ):
        pal.setColor(QPalette.ColorGroup.Disabled, role, disabled)
    return pal


def apply_theme(app: QApplication, choice: str) -> bool:
    """Apply "light", "dark" or "system"; returns whether the result is dark."""
    dark = system_is_dark() if choice == "system" else choice == "dark"
    app.setStyle("Fusion")  # the same look on every platform, and palettes apply fully
    app.setPalette(palette(dark))
    return dark
