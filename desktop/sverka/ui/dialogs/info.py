"""About and keyboard-shortcut dialogs."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QMessageBox, QVBoxLayout, QWidget

from sverka import __version__


def about_box(parent: QWidget) -> QMessageBox:
    """The About box, shown non-modally and returned (tests close it themselves)."""
    box = QMessageBox(parent)
    box.setWindowTitle(box.tr("About Sverka"))
    box.setTextFormat(Qt.TextFormat.RichText)
    box.setText(
        f"<h3>Sverka {__version__}</h3>"
        + box.tr(
            "<p>Read news articles beside their translations, sentence by sentence, and tag them."
            "</p><p>Every action is saved the moment it is made; Ctrl+Z undoes it, even after a "
            "restart.</p><p>Licence: GPL-3.0-or-later.</p>"
        )
    )
    box.setStandardButtons(QMessageBox.StandardButton.Close)
    box.setModal(False)
    box.show()
    return box


def shortcut_rows(dialog: QWidget) -> list[tuple[str, str]]:
    tr = dialog.tr
    return [
        ("↑ / ↓, j / k", tr("previous / next sentence")),
        ("← / →", tr("original / translation side")),
        ("1 … 9", tr("toggle the schema's labels in order")),
        (tr("schema keys (e.g. r, x)"), tr("toggle that label")),
        ("n", tr("add or edit a note (Enter saves)")),
        (tr("Space"), tr("mark reviewed / unreviewed")),
        ("Ctrl+Z / Ctrl+Shift+Z", tr("undo / redo, also after a restart")),
        ("Shift+↓ / Shift+↑", tr("pick a range of rows (for a relink)")),
        ("Alt+M", tr("merge the row with the next one")),
        ("Alt+S", tr("split a 2-1 / 1-2 row (a 1-1 row into 1-0 + 0-1)")),
        ("Alt+R", tr("relink: the picked rows become one row (one row: confirm it)")),
        ("Alt+0", tr("no translation: this side's sentences become a 1-0 / 0-1 row")),
        ("Alt+L", tr("set the sentence's language (ru, en, kk, other, detected)")),
        ("Ctrl+M", tr("one key labels and moves on (on / off)")),
        ("Ctrl+F", tr("search articles in every language")),
        ("Ctrl+L", tr("article list")),
        ("Ctrl+= / Ctrl+-", tr("bigger / smaller text")),
        ("Ctrl+Enter", tr("next sentence in the session queue")),
        ("F1", tr("this list")),
    ]


class ShortcutsDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        rows = "".join(f"<tr><td><b>{k}</b>&nbsp;&nbsp;</td><td>{v}</td></tr>" for k, v in shortcut_rows(self))
        label = QLabel(f"<table cellpadding='3'>{rows}</table>")
        label.setTextFormat(Qt.TextFormat.RichText)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(buttons)
