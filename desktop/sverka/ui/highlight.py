"""Marks over words of a sentence cell (e.g. the mentions of the entity chosen in the names panel).

A :class:`Highlighter` registered with the sentence delegate (``add_highlighter``) says which
character ranges of a cell's displayed text to mark and what their tooltip is; the delegate
paints a translucent marker over each range after the cell is drawn as usual (so the cell's
own look is untouched) and answers tooltips over a mark. The ranges are laid out with the
same wrapping ``QPainter.drawText`` does for ``TextWordWrap``, so the marks sit on the words.
"""

from __future__ import annotations

from typing import NamedTuple, Protocol

from sverka.ui.qt import (
    QColor,
    QFont,
    QModelIndex,
    QPainter,
    QPersistentModelIndex,
    QPoint,
    QRect,
    QTextLayout,
    QTextOption,
)

Index = QModelIndex | QPersistentModelIndex
MARK = QColor(255, 196, 0, 110)  # a highlighter pen: readable over light and dark bases
MARK_LINE = QColor(230, 140, 0)


class Highlight(NamedTuple):
    """Characters ``start:end`` of a cell's displayed text, and the tooltip over them."""

    start: int
    end: int
    tooltip: str


class Highlighter(Protocol):
    """What the sentence delegate asks a highlight provider."""

    def highlights(self, index: Index) -> list[Highlight]: ...


def _x(value: object) -> float:
    """``QTextLine.cursorToX`` returns (x, cursor) in PySide6 and a bare x in some versions."""
    return float(value[0] if isinstance(value, tuple) else value)  # type: ignore[arg-type]


def text_layout(text: str, font: QFont, width: int) -> QTextLayout:
    """``text`` word-wrapped to ``width`` as the delegate draws it."""
    layout = QTextLayout(text, font)
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WordWrap)
    layout.setTextOption(option)
    layout.beginLayout()
    y = 0.0
    while True:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(width)
        line.setPosition(QPoint(0, int(y)))
        y += line.height()
    layout.endLayout()
    return layout


def mark_rects(layout: QTextLayout, inner: QRect, mark: Highlight) -> list[QRect]:
    """The rectangles (one per wrapped line) that ``mark`` covers inside ``inner``."""
    rects = []
    for i in range(layout.lineCount()):
        line = layout.lineAt(i)
        a, b = max(mark.start, line.textStart()), min(mark.end, line.textStart() + line.textLength())
        if a >= b:
            continue
        x1, x2 = _x(line.cursorToX(a)), _x(line.cursorToX(b))
        top = int(inner.top() + line.y())
        rects.append(QRect(int(inner.left() + x1), top, int(x2 - x1) + 1, int(line.height())))
    return rects


def paint_marks(painter: QPainter, layout: QTextLayout, inner: QRect, marks: list[Highlight]) -> None:
    painter.save()
    for mark in marks:
        for r in mark_rects(layout, inner, mark):
            painter.fillRect(r, MARK)
            painter.fillRect(QRect(r.left(), r.bottom() - 1, r.width(), 2), MARK_LINE)
    painter.restore()


def mark_at(layout: QTextLayout, inner: QRect, marks: list[Highlight], pos: QPoint) -> Highlight | None:
    """The mark under ``pos`` (viewport coordinates), if any."""
    return next((m for m in marks if any(r.contains(pos) for r in mark_rects(layout, inner, m))), None)
