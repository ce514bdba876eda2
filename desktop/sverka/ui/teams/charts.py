"""Bar charts drawn with QPainter (QtCharts is not in PySide6-Essentials, the base install).

A :class:`BarChart` shows one figure per row — a name, a bar scaled to ``maximum`` and the
value as text — so it reads the same in both themes (the palette's colours) and at any size.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sverka.ui.qt import QColor, QFontMetrics, QPainter, QPaintEvent, QPalette, QRect, QSize, Qt, QWidget

ROW_H, GAP, PAD = 22, 6, 10


@dataclass(frozen=True)
class Bar:
    name: str
    value: float | None  # None: undefined (drawn as "n/a", no bar)
    text: str  # the value as shown
    colour: QColor | None = None


class BarChart(QWidget):
    """A titled horizontal bar chart; ``set_bars`` replaces its figures."""

    def __init__(self, title: str, maximum: float = 1.0, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = title
        self.maximum = maximum
        self.bars: list[Bar] = []
        self.empty_text = self.tr("nothing yet")
        self.setMinimumSize(320, 140)

    def set_bars(self, bars: list[Bar], maximum: float | None = None) -> None:
        self.bars = bars
        if maximum is not None:
            self.maximum = maximum
        self.updateGeometry()
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(440, PAD * 2 + ROW_H * (len(self.bars) + 1) + GAP * len(self.bars))

    def save_png(self, path: Path) -> bool:
        return bool(self.grab().save(str(path), "PNG"))

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        palette = self.palette()
        painter.fillRect(self.rect(), palette.color(QPalette.ColorRole.Base))
        text = palette.color(QPalette.ColorRole.Text)
        accent = palette.color(QPalette.ColorRole.Highlight)
        font = painter.font()
        font.setBold(True)
        painter.setFont(font)
        painter.setPen(text)
        painter.drawText(QRect(PAD, PAD, self.width() - 2 * PAD, ROW_H), Qt.AlignmentFlag.AlignLeft, self.title)
        font.setBold(False)
        painter.setFont(font)
        fm = QFontMetrics(font)
        if not self.bars:
            painter.drawText(QRect(PAD, PAD + ROW_H, self.width() - 2 * PAD, ROW_H), 0, self.empty_text)
            return
        name_w = min(max(fm.horizontalAdvance(b.name) for b in self.bars) + 2 * GAP, int(self.width() * 0.4))
        value_w = max(fm.horizontalAdvance(b.text) for b in self.bars) + 2 * GAP
        bar_w = max(self.width() - 2 * PAD - name_w - value_w, 20)
        y = PAD + ROW_H + GAP
        for bar in self.bars:
            painter.setPen(text)
            name = fm.elidedText(bar.name, Qt.TextElideMode.ElideRight, name_w - GAP)
            painter.drawText(QRect(PAD, y, name_w, ROW_H), int(Qt.AlignmentFlag.AlignVCenter), name)
            x = PAD + name_w
            track = QColor(text)
            track.setAlpha(28)
            painter.fillRect(QRect(x, y + 3, bar_w, ROW_H - 6), track)
            if bar.value is not None and self.maximum > 0:
                share = max(0.0, min(1.0, bar.value / self.maximum))
                painter.fillRect(QRect(x, y + 3, int(bar_w * share), ROW_H - 6), bar.colour or accent)
            painter.setPen(text)
            painter.drawText(QRect(x + bar_w + GAP, y, value_w, ROW_H), int(Qt.AlignmentFlag.AlignVCenter), bar.text)
            y += ROW_H + GAP
