"""The note dialog: one line, Enter saves, Escape cancels; empty text deletes the note."""

from __future__ import annotations

from sverka.ui.qt import QDialog, QDialogButtonBox, QLabel, QLineEdit, QVBoxLayout, QWidget


class NoteDialog(QDialog):
    def __init__(self, parent: QWidget | None, sentence: str, note: str | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Note"))
        self.setMinimumWidth(480)
        preview = QLabel(sentence if len(sentence) < 300 else sentence[:300] + "…")
        preview.setWordWrap(True)
        self.edit = QLineEdit(note or "")
        self.edit.setPlaceholderText(self.tr("Note on this sentence (empty deletes it)"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(preview)
        layout.addWidget(self.edit)
        layout.addWidget(buttons)
        self.edit.setFocus()

    def text(self) -> str:
        return self.edit.text()
