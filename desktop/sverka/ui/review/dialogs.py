"""The review dialogs: post-edit a sentence, mark an MQM error, see revisions and the diff.

Each dialog is modeless-friendly (``open()``, never ``exec()``) and exposes small setters and
getters, so tests drive them without a nested event loop. They hold no business logic: the
caller turns their values into ops commands.
"""

from __future__ import annotations

import html

from sverka.ops.review.mqm import CATEGORIES
from sverka.ops.review.postedit import DiffPart, SentenceHistory
from sverka.ops.views.review import SEVERITIES, IssueRow
from sverka.ui.qt import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QEvent,
    QFocusEvent,
    QFormLayout,
    QHBoxLayout,
    QKeyEvent,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QObject,
    QPlainTextEdit,
    QRadioButton,
    Qt,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
    Signal,
)
from sverka.ui.review.scores import SEVERITY_COLOURS


def _source_label(source: str) -> QLabel:
    label = QLabel(source)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setStyleSheet("color: palette(placeholder-text);")
    return label


class _LineEditor(QPlainTextEdit):
    """A wrapping editor where Enter saves (the dialog accepts) and Esc cancels."""

    submitted = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.submitted.emit()  # a sentence is one line: Shift+Enter does not break it either
            return
        super().keyPressEvent(event)


class _SpanEdit(QLineEdit):
    """The read-only wording whose selection is the span. A plain QLineEdit drops its selection
    when it loses focus (Tab to the category, a click elsewhere), which made the dialog save the
    whole sentence instead of the words the user picked: this one keeps it. Nor does focus coming
    in (the dialog opening, a Tab back) select everything: the cursor stays where it was, so
    Shift+→ picks words from the start."""

    def focusInEvent(self, event: QFocusEvent) -> None:
        had_selection, cursor = self.hasSelectedText(), self.cursorPosition()
        super().focusInEvent(event)
        if not had_selection and self.hasSelectedText():
            self.deselect()
            self.setCursorPosition(cursor)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        start, length = self.selectionStart(), len(self.selectedText())
        super().focusOutEvent(event)
        if start >= 0 and length and not self.hasSelectedText():
            self.setSelection(start, length)


class PostEditDialog(QDialog):
    """Edit one translated sentence; the original sentence is shown above for reference."""

    def __init__(self, parent: QWidget | None, wording: str, source: str) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Post-edit sentence"))
        self.original = wording
        self.edit = _LineEditor()
        self.edit.setPlainText(wording)
        self.edit.setTabChangesFocus(True)
        self.edit.submitted.connect(self.accept)
        self.edit.setMinimumWidth(560)
        self.edit.setFixedHeight(self.edit.fontMetrics().lineSpacing() * 4 + 12)
        cursor = self.edit.textCursor()
        cursor.movePosition(cursor.MoveOperation.End)
        self.edit.setTextCursor(cursor)
        hint = QLabel(self.tr("Enter saves · Esc cancels · Ctrl+Z afterwards undoes the edit"))
        hint.setStyleSheet("color: palette(placeholder-text);")
        layout = QVBoxLayout(self)
        layout.addWidget(_source_label(source))
        layout.addWidget(self.edit)
        layout.addWidget(hint)
        self.edit.setFocus()

    def text(self) -> str:
        return self.edit.toPlainText()

    def set_text(self, text: str) -> None:
        self.edit.setPlainText(text)


class MqmDialog(QDialog):
    """Mark an MQM error: select the span in the wording, pick a category, a severity (keys
    1/2/3 outside the note field) and write a note. Existing issues are listed; Delete removes."""

    removeRequested = Signal(str)  # issue id

    def __init__(
        self,
        parent: QWidget | None,
        wording: str,
        source: str,
        issues: list[IssueRow],
        span: tuple[int, int] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Mark translation error (MQM)"))
        self.wording = wording
        self.span_edit = _SpanEdit(wording)
        self.span_edit.setReadOnly(True)  # read-only still selects, by Shift+arrows or the mouse
        self.span_edit.setCursorPosition(0)
        self.span_edit.setMinimumWidth(560)
        self.span_label = QLabel()
        self.span_edit.selectionChanged.connect(self._show_span)
        self.categories = QListWidget()
        for name in CATEGORIES:
            self.categories.addItem(name)
        self.categories.setCurrentRow(0)
        self.categories.setFixedHeight(self.categories.sizeHintForRow(0) * 7 + 8)
        self.severity = QButtonGroup(self)
        severity_row = QHBoxLayout()
        for number, name in enumerate(SEVERITIES, start=1):
            button = QRadioButton(f"&{number} {name}")
            # Out of the Tab chain: a focused radio took the Space of a note being typed (keys 1/2/3,
            # Alt+1/2/3 or the mouse pick the severity).
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.setStyleSheet(f"color: {SEVERITY_COLOURS[name].name()};")
            self.severity.addButton(button, number)
            severity_row.addWidget(button)
        severity_row.addStretch(1)
        self.severity.button(1).setChecked(True)
        self.note = QLineEdit()
        self.note.setPlaceholderText(self.tr("why, or the right wording"))
        self.existing = QListWidget()
        self.existing.setFixedHeight(self.existing.fontMetrics().lineSpacing() * 3 + 12)
        self.set_issues(issues)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(_source_label(source))
        form.addRow(self.tr("&Span:"), self.span_edit)
        form.addRow("", self.span_label)
        form.addRow(self.tr("&Category:"), self.categories)
        form.addRow(self.tr("Severity:"), severity_row)
        form.addRow(self.tr("&Note:"), self.note)
        form.addRow(self.tr("Marked:"), self.existing)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        for widget in (self.span_edit, self.categories, self.existing):
            widget.installEventFilter(self)
        # The README's order: span, category, note (Enter saves); then the marked list and buttons.
        QWidget.setTabOrder(self.span_edit, self.categories)
        QWidget.setTabOrder(self.categories, self.note)
        QWidget.setTabOrder(self.note, self.existing)
        QWidget.setTabOrder(self.existing, buttons)
        if span is not None:
            self.set_span(*span)
        self._show_span()
        self.span_edit.setFocus()

    # --- values ------------------------------------------------------------------------------

    def set_span(self, start: int, end: int) -> None:
        self.span_edit.setSelection(start, max(0, end - start))

    def span(self) -> tuple[int, int]:
        """The selected characters, or the whole sentence when nothing is selected."""
        if not self.span_edit.hasSelectedText():
            return 0, len(self.wording)
        start = self.span_edit.selectionStart()
        return start, start + len(self.span_edit.selectedText())

    def set_category(self, name: str) -> None:
        self.categories.setCurrentRow(CATEGORIES.index(name))

    def category(self) -> str:
        item = self.categories.currentItem()
        return item.text() if item is not None else CATEGORIES[0]

    def set_severity(self, name: str) -> None:
        self.severity.button(SEVERITIES.index(name) + 1).setChecked(True)

    def severity_name(self) -> str:
        return SEVERITIES[max(self.severity.checkedId(), 1) - 1]

    def set_issues(self, issues: list[IssueRow]) -> None:
        self.existing.clear()
        for issue in issues:
            stale = self.tr(" [span changed by a post-edit]") if issue.stale else ""
            item = QListWidgetItem(f"{issue.severity} · {issue.category} · «{issue.span}» {issue.note}{stale}")
            item.setData(Qt.ItemDataRole.UserRole, issue.id)
            item.setForeground(SEVERITY_COLOURS.get(issue.severity, SEVERITY_COLOURS["minor"]))
            self.existing.addItem(item)
        if not issues:
            self.existing.addItem(self.tr("(none yet)"))

    def _show_span(self) -> None:
        start, end = self.span()
        words = self.wording[start:end]
        self.span_label.setText(f"{start}:{end} «{words[:80]}{'…' if len(words) > 80 else ''}»")

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            mods = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
            if mods == Qt.KeyboardModifier.NoModifier and event.text() in ("1", "2", "3"):
                self.severity.button(int(event.text())).setChecked(True)
                return True
            if watched is self.existing and event.key() == Qt.Key.Key_Delete:
                item = self.existing.currentItem()
                issue_id = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
                if issue_id:
                    self.removeRequested.emit(str(issue_id))
                return True
        return super().eventFilter(watched, event)


# --- revisions and the diff -----------------------------------------------------------------------


def diff_html(parts: list[DiffPart]) -> str:
    """Insertions green and underlined, deletions red and struck through (light tints: Qt rich text has no alpha)."""
    out = []
    for part in parts:
        text = html.escape(part.text)
        if part.op == "insert":
            out.append(
                f'<span style="background-color:#d9f2de; color:#176b2c; text-decoration:underline">{text}</span>'
            )
        elif part.op == "delete":
            out.append(
                f'<span style="background-color:#fbdcdc; color:#a31515; text-decoration:line-through">{text}</span>'
            )
        else:
            out.append(text)
    return "".join(out)


class RevisionsDialog(QDialog):
    """A sentence's history: the diff from the machine (or imported) wording to now, every
    revision with origin, author and time, and the MQM issues on it."""

    def __init__(self, parent: QWidget | None, history: SentenceHistory, source: str, issues: list[IssueRow]) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Revisions and diff"))
        self.resize(760, 460)
        self.diff = QTextBrowser()
        self.diff.setHtml(
            f"<p><b>{html.escape(history.baseline_origin)} → {self.tr('current')}</b></p>"
            f"<p style='font-size:large'>{diff_html(history.diff)}</p>"
            + ("" if history.edited else f"<p><i>{self.tr('not post-edited yet')}</i></p>")
        )
        self.diff.setFixedHeight(self.diff.fontMetrics().lineSpacing() * 7)
        self.table = QTableWidget(len(history.revisions), 4)
        self.table.setHorizontalHeaderLabels([self.tr("When"), self.tr("Origin"), self.tr("Who"), self.tr("Wording")])
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        for row, rev in enumerate(history.revisions):
            when = rev.created_at.strftime("%Y-%m-%d %H:%M") if rev.created_at else ""
            for col, value in enumerate((when, rev.origin, rev.annotator or rev.model_id or "", rev.body)):
                self.table.setItem(row, col, QTableWidgetItem(value))
        self.table.resizeColumnsToContents()
        self.issues = QListWidget()
        for issue in issues:
            self.issues.addItem(
                f"{issue.severity} · {issue.category} · «{issue.span}» {issue.note} ({issue.annotator})"
            )
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(_source_label(source))
        layout.addWidget(self.diff)
        layout.addWidget(QLabel(self.tr("Revisions")))
        layout.addWidget(self.table, 1)
        if issues:
            layout.addWidget(QLabel(self.tr("MQM errors")))
            layout.addWidget(self.issues)
        layout.addWidget(buttons)
