"""Highlighting one entity's mentions in the side-by-side sentence view.

A subclass of the view's delegate paints a translucent marker over each mention after the
cell is drawn as usual (so the cell's own look is untouched) and answers tooltips over a
mention with the entity's canonical name. Spans come from the names panel, per sentence,
in offsets of the sentence's current wording; a cell shows its sentences' wordings
stripped and joined with spaces, so offsets are shifted the same way here.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QPersistentModelIndex, QPoint, QRect, Qt
from PySide6.QtGui import QColor, QFont, QHelpEvent, QPainter, QTextLayout, QTextOption
from PySide6.QtWidgets import QAbstractItemView, QStyleOptionViewItem, QToolTip

from sverka.ops.views.names import Span
from sverka.ui.delegates import PAD_X, PAD_Y, SentenceDelegate
from sverka.ui.models.alignment import AlignmentModel

Index = QModelIndex | QPersistentModelIndex
MARK = QColor(255, 196, 0, 110)  # a highlighter pen: readable over light and dark bases
MARK_LINE = QColor(230, 140, 0)


def _x(value: object) -> float:
    """``QTextLine.cursorToX`` returns (x, cursor) in PySide6 and a bare x in some versions."""
    return float(value[0] if isinstance(value, tuple) else value)  # type: ignore[arg-type]


class NamesDelegate(SentenceDelegate):
    """The sentence delegate plus mention highlights for the entity chosen in the names panel."""

    spans: dict[str, list[Span]]

    def __init__(self, view: QAbstractItemView, catalog: object = None) -> None:
        super().__init__(view, catalog)  # type: ignore[arg-type]
        self.spans = {}

    def cell_spans(self, index: Index) -> list[Span]:
        """The highlighted spans of a cell, in offsets of its displayed text."""
        model = index.model()
        if not self.spans or not isinstance(model, AlignmentModel):
            return []
        out: list[Span] = []
        offset = 0
        for sid in model.sentence_ids(index.row(), index.column()):
            cell = model.cell(sid)
            if cell is None:
                continue
            lead = len(cell.text) - len(cell.text.lstrip())
            shown = len(cell.text.strip())
            for s in self.spans.get(sid, ()):
                start, end = s.start - lead, s.end - lead
                if start >= 0 and end <= shown:
                    out.append(Span(offset + start, offset + end, s.surface, s.entity_id, s.canonical, s.kind))
            offset += shown + 1
        return out

    def _layout(self, option: QStyleOptionViewItem, index: Index) -> tuple[QTextLayout, QRect] | None:
        text = index.data(Qt.ItemDataRole.DisplayRole) or ""
        if not text:
            return None
        gutter_fn = getattr(self, "_gutter", None)
        gutter = gutter_fn(option, index) if callable(gutter_fn) else 14
        inner = option.rect.adjusted(PAD_X, PAD_Y, -PAD_X - gutter, -PAD_Y)
        font_fn = getattr(self, "_font", None)
        font = font_fn(option, index) if callable(font_fn) else QFont(option.font)
        # The same wrapping QPainter.drawText does for TextWordWrap, so the marks sit on the words.
        layout = QTextLayout(text, font)
        text_option = QTextOption()
        text_option.setWrapMode(QTextOption.WrapMode.WordWrap)
        layout.setTextOption(text_option)
        layout.beginLayout()
        y = 0.0
        while True:
            line = layout.createLine()
            if not line.isValid():
                break
            line.setLineWidth(inner.width())
            line.setPosition(QPoint(0, int(y)))
            y += line.height()
        layout.endLayout()
        return layout, inner

    def _rects(self, layout: QTextLayout, inner: QRect, span: Span) -> list[QRect]:
        rects = []
        for i in range(layout.lineCount()):
            line = layout.lineAt(i)
            a, b = max(span.start, line.textStart()), min(span.end, line.textStart() + line.textLength())
            if a >= b:
                continue
            x1, x2 = _x(line.cursorToX(a)), _x(line.cursorToX(b))
            top = int(inner.top() + line.y())
            rects.append(QRect(int(inner.left() + x1), top, int(x2 - x1) + 1, int(line.height())))
        return rects

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        super().paint(painter, option, index)
        spans = self.cell_spans(index)
        laid = self._layout(option, index) if spans else None
        if laid is None:
            return
        layout, inner = laid
        painter.save()
        for span in spans:
            for r in self._rects(layout, inner, span):
                painter.fillRect(r, MARK)
                painter.fillRect(QRect(r.left(), r.bottom() - 1, r.width(), 2), MARK_LINE)
        painter.restore()

    def span_at(self, option: QStyleOptionViewItem, index: Index, pos: QPoint) -> Span | None:
        """The highlighted mention under ``pos`` (viewport coordinates), if any."""
        spans = self.cell_spans(index)
        laid = self._layout(option, index) if spans else None
        if laid is None:
            return None
        layout, inner = laid
        for span in spans:
            if any(r.contains(pos) for r in self._rects(layout, inner, span)):
                return span
        return None

    def helpEvent(self, event: QHelpEvent, view: QAbstractItemView, option: QStyleOptionViewItem, index: Index) -> bool:
        if event.type() == QEvent.Type.ToolTip and index.isValid():
            span = self.span_at(option, index, event.pos())
            if span is not None:
                QToolTip.showText(event.globalPos(), f"{span.canonical} · {span.kind}\n“{span.surface}”", view)
                return True
        return super().helpEvent(event, view, option, index)
