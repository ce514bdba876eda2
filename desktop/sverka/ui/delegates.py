"""Painting sentence cells: wrapped text, coloured label chips, the note and reviewed marks.

Two extension points, so features add to a cell without replacing the delegate: chip
providers (:meth:`SentenceDelegate.add_chip_provider`, e.g. the MQM score of a translation
cell) and highlighters (:meth:`SentenceDelegate.add_highlighter`, e.g. the names panel's
mentions, see :mod:`sverka.ui.highlight`).
"""

from __future__ import annotations

from collections.abc import Callable

from sverka.ops.views.side_by_side import AlignRow
from sverka.ui.highlight import Highlight, Highlighter, mark_at, paint_marks, text_layout
from sverka.ui.models.alignment import KindRole, LabelsRole, LangRole, LinkRole, NoteRole, ReviewedRole
from sverka.ui.models.labels import LabelCatalog
from sverka.ui.qt import (
    QAbstractItemView,
    QColor,
    QEvent,
    QFont,
    QFontMetrics,
    QHelpEvent,
    QModelIndex,
    QPainter,
    QPalette,
    QPersistentModelIndex,
    QRect,
    QSize,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    Qt,
    QTextLayout,
    QToolTip,
)

Index = QModelIndex | QPersistentModelIndex
Chip = tuple[str, QColor]  # text, fill (alpha 0: outlined, like the note)
ChipProvider = Callable[[Index], list[Chip]]
PAD_X, PAD_Y, CHIP_GAP, CHIP_PAD = 10, 6, 4, 6
MARK_W = 14  # the right gutter's minimum width: room for the reviewed mark
REVIEW_TINT = QColor(240, 170, 40, 48)  # low-score auto rows: a faint amber over either theme's base
NULL_MARK = QColor(200, 80, 60, 200)  # the empty side of a 1-0 / 0-1 row: the omission colour, muted
TEXT_FLAGS = int(Qt.TextFlag.TextWordWrap) | int(Qt.AlignmentFlag.AlignLeft) | int(Qt.AlignmentFlag.AlignTop)


def text_on(colour: QColor) -> QColor:
    """Black or white, whichever reads better on ``colour``."""
    luminance = 0.299 * colour.red() + 0.587 * colour.green() + 0.114 * colour.blue()
    return QColor("#111111") if luminance > 150 else QColor("#ffffff")


class SentenceDelegate(QStyledItemDelegate):
    """Draws one side of an alignment row; the whole current row is tinted for context."""

    def __init__(self, view: QAbstractItemView, catalog: LabelCatalog | None = None) -> None:
        super().__init__(view)
        self._view = view
        self.catalog = catalog or LabelCatalog([])
        self.chip_providers: list[ChipProvider] = []
        self.highlighters: list[Highlighter] = []

    def add_chip_provider(self, provider: ChipProvider) -> None:
        """Chips a feature adds after the labels, language and note (e.g. the MQM score)."""
        self.chip_providers.append(provider)

    def add_highlighter(self, highlighter: Highlighter) -> None:
        """Marks a feature paints over words of a cell, with their tooltips (e.g. name mentions)."""
        self.highlighters.append(highlighter)

    # --- layout (shared by paint and sizeHint so they always agree) ------------------------

    def _chips(self, index: Index) -> list[Chip]:
        chips = []
        for lid in index.data(LabelsRole) or []:
            label = self.catalog.by_id.get(lid)
            if label is not None:
                chips.append((label.name, QColor(label.color)))
        lang = index.data(LangRole)
        if lang:  # a language set by hand: outlined like the note, so it reads as metadata
            chips.append(("⚐ " + lang, QColor(0, 0, 0, 0)))
        note = index.data(NoteRole)
        if note:
            chips.append(("✎ " + note.splitlines()[0][:60], QColor(0, 0, 0, 0)))
        for provider in self.chip_providers:
            chips.extend(provider(index))
        return chips

    def _badge(self, index: Index) -> str | None:
        """The link kind shown beside the original: for rows that are not plain auto 1-1 rows."""
        row = index.data(LinkRole)
        if index.column() != 0 or not isinstance(row, AlignRow) or row.origin is None:
            return None
        if row.kind == "1-1" and row.origin == "auto" and not row.needs_review:
            return None  # the common case stays unmarked, so the marks that remain stand out
        return row.kind + (" ?" if row.needs_review else "")

    def empty_marker(self, index: Index) -> str | None:
        """What the empty side of a null row says: a 1-0 row's translation cell ("not
        translated", a suspected omission) or a 0-1 row's original cell; None elsewhere."""
        row = index.data(LinkRole)
        if not isinstance(row, AlignRow) or index.data(Qt.ItemDataRole.DisplayRole):
            return None
        if row.kind == "1-0" and index.column() == 1:
            return self.tr("— not translated —")
        if row.kind == "0-1" and index.column() == 0:
            return self.tr("— not in the original —")
        return None

    def _gutter(self, option: QStyleOptionViewItem, index: Index) -> int:
        badge = self._badge(index)
        if not badge:
            return MARK_W
        return max(MARK_W, QFontMetrics(self._small(option)).horizontalAdvance(badge) + 2 * CHIP_PAD)

    def _chip_rects(self, fm: QFontMetrics, chips: list[Chip], left: int, top: int, width: int) -> list[QRect]:
        rects, x, y, h = [], left, top, fm.height() + 2
        for name, _ in chips:
            w = min(fm.horizontalAdvance(name) + 2 * CHIP_PAD + 2, width)  # +2: rounding slack
            if x > left and x + w > left + width:
                x, y = left, y + h + CHIP_GAP
            rects.append(QRect(x, y, w, h))
            x += w + CHIP_GAP
        return rects

    def _font(self, option: QStyleOptionViewItem, index: Index) -> QFont:
        font = QFont(option.font)
        if index.data(KindRole) in ("title", "headline"):
            font.setBold(True)
        return font

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        width = max(option.rect.width(), 120) - 2 * PAD_X - self._gutter(option, index)
        font = self._font(option, index)
        fm = QFontMetrics(font)
        text = index.data(Qt.ItemDataRole.DisplayRole) or ""
        height = fm.boundingRect(QRect(0, 0, width, 100000), TEXT_FLAGS, text).height() if text else fm.height()
        chips = self._chips(index)
        if chips:
            small = QFontMetrics(self._small(option))
            rects = self._chip_rects(small, chips, 0, 0, width)
            height += CHIP_GAP + rects[-1].bottom() + 1
        return QSize(option.rect.width(), height + 2 * PAD_Y)

    def _small(self, option: QStyleOptionViewItem) -> QFont:
        font = QFont(option.font)
        font.setPointSizeF(max(font.pointSizeF() * 0.85, 6.0))
        return font

    # --- painting -----------------------------------------------------------------------

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        painter.save()
        pal: QPalette = option.palette
        rect = option.rect
        current = self._view.currentIndex()
        is_current_cell = current.isValid() and current.row() == index.row() and current.column() == index.column()
        is_current_row = current.isValid() and current.row() == index.row()
        base = pal.color(QPalette.ColorRole.Base)
        link = index.data(LinkRole)
        if is_current_cell:
            painter.fillRect(rect, pal.color(QPalette.ColorRole.Highlight))
            painter.fillRect(QRect(rect.left(), rect.top(), 3, rect.height()), pal.color(QPalette.ColorRole.Link))
        elif is_current_row:
            painter.fillRect(rect, pal.color(QPalette.ColorRole.AlternateBase).darker(104))
        else:
            painter.fillRect(rect, base)
        if not is_current_cell and isinstance(link, AlignRow) and link.needs_review:
            painter.fillRect(rect, REVIEW_TINT)
        if not is_current_cell and option.state & QStyle.StateFlag.State_Selected:
            # Rows picked for a relink (Shift+↓, drag): the highlight colour, lighter than the cursor.
            picked = QColor(pal.color(QPalette.ColorRole.Highlight))
            picked.setAlpha(90)
            painter.fillRect(rect, picked)
        text_colour = pal.color(QPalette.ColorRole.HighlightedText if is_current_cell else QPalette.ColorRole.Text)
        font = self._font(option, index)
        painter.setFont(font)
        painter.setPen(text_colour)
        gutter = self._gutter(option, index)
        inner = rect.adjusted(PAD_X, PAD_Y, -PAD_X - gutter, -PAD_Y)
        text = index.data(Qt.ItemDataRole.DisplayRole) or ""
        if not text:
            marker = self.empty_marker(index)
            painter.setPen(pal.color(QPalette.ColorRole.PlaceholderText))
            text = "—"
            if marker is not None:  # a null row: the gap is named, in italic and the omission colour
                italic = QFont(font)
                italic.setItalic(True)
                painter.setFont(italic)
                if not is_current_cell:
                    painter.setPen(NULL_MARK)
                text = marker
        drawn = painter.boundingRect(inner, TEXT_FLAGS, text)
        painter.drawText(inner, TEXT_FLAGS, text)
        mark_top = rect.top() + PAD_Y
        badge = self._badge(index)
        if badge:
            at = QRect(rect.right() - PAD_X - gutter + 4, rect.top() + PAD_Y, gutter, 0)
            mark_top += self._paint_badge(painter, option, badge, link, at, is_current_cell)
        if index.data(ReviewedRole):
            painter.setPen(QColor("#2e9e44"))
            painter.drawText(QRect(rect.right() - PAD_X - 12, mark_top, 14, 20), 0, "✓")
        chips = self._chips(index)
        if chips:
            small = self._small(option)
            painter.setFont(small)
            fm = QFontMetrics(small)
            rects = self._chip_rects(fm, chips, inner.left(), drawn.bottom() + 1 + CHIP_GAP, inner.width())
            painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
            for (name, colour), chip in zip(chips, rects, strict=True):
                if colour.alpha() == 0:  # the note: outlined, not filled
                    painter.setPen(pal.color(QPalette.ColorRole.PlaceholderText))
                    painter.setBrush(Qt.BrushStyle.NoBrush)
                    painter.drawRoundedRect(chip, 4, 4)
                    painter.drawText(
                        chip.adjusted(CHIP_PAD, 0, -CHIP_PAD, 0),
                        int(Qt.AlignmentFlag.AlignVCenter),
                        fm.elidedText(name, Qt.TextElideMode.ElideRight, chip.width() - 2 * CHIP_PAD + 2),
                    )
                    continue
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(colour)
                painter.drawRoundedRect(chip, 4, 4)
                painter.setPen(text_on(colour))
                painter.drawText(
                    chip,
                    int(Qt.AlignmentFlag.AlignCenter),
                    fm.elidedText(name, Qt.TextElideMode.ElideRight, chip.width() - 2 * CHIP_PAD + 2),
                )
        painter.setPen(pal.color(QPalette.ColorRole.Mid))
        painter.drawLine(rect.bottomLeft(), rect.bottomRight())
        painter.restore()
        marks = self._marks(index)
        if marks:
            layout, inner = self._text_layout(option, index)
            paint_marks(painter, layout, inner, marks)

    # --- highlights ------------------------------------------------------------------------

    def _marks(self, index: Index) -> list[Highlight]:
        return [m for h in self.highlighters for m in h.highlights(index)]

    def _text_layout(self, option: QStyleOptionViewItem, index: Index) -> tuple[QTextLayout, QRect]:
        """The cell's text laid out where :meth:`paint` draws it."""
        inner = option.rect.adjusted(PAD_X, PAD_Y, -PAD_X - self._gutter(option, index), -PAD_Y)
        text = index.data(Qt.ItemDataRole.DisplayRole) or ""
        return text_layout(text, self._font(option, index), inner.width()), inner

    def helpEvent(self, event: QHelpEvent, view: QAbstractItemView, option: QStyleOptionViewItem, index: Index) -> bool:
        if event.type() == QEvent.Type.ToolTip and index.isValid() and (marks := self._marks(index)):
            layout, inner = self._text_layout(option, index)
            mark = mark_at(layout, inner, marks, event.pos())
            if mark is not None:
                QToolTip.showText(event.globalPos(), mark.tooltip, view)
                return True
        return super().helpEvent(event, view, option, index)

    def _paint_badge(
        self, painter: QPainter, option: QStyleOptionViewItem, text: str, link: AlignRow, at: QRect, on_highlight: bool
    ) -> int:
        """The link-kind badge: filled for manual rows, outlined for auto ones; returns its height + gap."""
        painter.save()
        small = self._small(option)
        fm = QFontMetrics(small)
        painter.setFont(small)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        pal: QPalette = option.palette
        box = QRect(at.left(), at.top(), fm.horizontalAdvance(text) + 2 * CHIP_PAD - 4, fm.height() + 2)
        ink = pal.color(QPalette.ColorRole.HighlightedText if on_highlight else QPalette.ColorRole.PlaceholderText)
        if link.origin == "manual":
            fill = QColor(pal.color(QPalette.ColorRole.Link))
            fill.setAlpha(70)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(fill)
            ink = pal.color(QPalette.ColorRole.HighlightedText if on_highlight else QPalette.ColorRole.Text)
        else:
            painter.setPen(QColor(200, 130, 0) if link.needs_review else ink)
            painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRoundedRect(box, 4, 4)
        painter.setPen(ink)
        painter.drawText(box, int(Qt.AlignmentFlag.AlignCenter), text)
        painter.restore()
        return box.height() + CHIP_GAP
