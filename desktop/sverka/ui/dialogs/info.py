"""About and keyboard-shortcut dialogs."""

from __future__ import annotations

from collections.abc import Sequence

from sverka import __version__
from sverka.ui.keymap import KeyRow
from sverka.ui.qt import QDialog, QDialogButtonBox, QMessageBox, Qt, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget


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


class ShortcutsDialog(QDialog):
    """Help ▸ Keyboard shortcuts: the rows of :func:`sverka.ui.keymap.keymap`, grouped by where they work."""

    def __init__(self, parent: QWidget | None, rows: Sequence[KeyRow]) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self.rows = list(rows)
        self.tree = QTreeWidget()
        self.tree.setColumnCount(2)
        self.tree.setHeaderLabels([self.tr("Key"), self.tr("Action")])
        self.tree.setRootIsDecorated(False)
        self.tree.setUniformRowHeights(True)
        sections: dict[str, QTreeWidgetItem] = {}
        for row in self.rows:
            parent_item = sections.get(row.section)
            if parent_item is None:
                parent_item = sections[row.section] = QTreeWidgetItem(self.tree, [row.section])
                parent_item.setFirstColumnSpanned(True)
                font = parent_item.font(0)
                font.setBold(True)
                parent_item.setFont(0, font)
            QTreeWidgetItem(parent_item, [row.keys, row.action])
        self.tree.expandAll()
        self.tree.resizeColumnToContents(0)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tree)
        layout.addWidget(buttons)
        self.resize(620, 640)

    def listed_keys(self) -> set[str]:
        """Every single key text shown (a row "Ctrl+Shift+Z / Ctrl+Y" gives both)."""
        return {part.strip() for row in self.rows for part in row.keys.split(" / ")}
