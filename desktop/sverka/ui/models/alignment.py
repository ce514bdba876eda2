"""The side-by-side model: one row per alignment link, the original left, a translation right."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import PurePath

from sverka.db.project import Project
from sverka.ops.views import side_by_side
from sverka.ops.views.side_by_side import AlignRow, ArticleView, SentenceCell, TextSide
from sverka.ui.language_names import name_of
from sverka.ui.qt import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

SentenceIdsRole = Qt.ItemDataRole.UserRole + 1
LabelsRole = Qt.ItemDataRole.UserRole + 2  # label ids on the cell's sentences (union, ordered)
NoteRole = Qt.ItemDataRole.UserRole + 3
ReviewedRole = Qt.ItemDataRole.UserRole + 4
KindRole = Qt.ItemDataRole.UserRole + 5  # sentence kind: body | headline | title | timestamp
LinkRole = Qt.ItemDataRole.UserRole + 6  # the row's AlignRow: kind, origin (auto/manual), score
LangRole = Qt.ItemDataRole.UserRole + 7  # the language set by hand on the cell's sentences, else None
Index = QModelIndex | QPersistentModelIndex


class AlignmentModel(QAbstractTableModel):
    """Rows of one article. Articles are small (tens to hundreds of rows), so a whole
    article is read at once; after a command only the changed sentences are re-read."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._project: Project | None = None
        self._annotator: str | None = None
        self.article: ArticleView | None = None
        self.translation: TextSide | None = None
        self._rows: list[AlignRow] = []
        self._cells: dict[str, SentenceCell] = {}
        self._row_of: dict[str, int] = {}

    def set_project(self, project: Project | None, annotator_id: str | None) -> None:
        self._project, self._annotator = project, annotator_id
        self.load(None)

    def load(self, article_id: str | None, translation_id: str | None = None) -> None:
        """Show an article (with its first translation unless one is named)."""
        self.beginResetModel()
        self.article, self.translation, self._rows, self._cells = None, None, [], {}
        if self._project is not None and article_id is not None:
            with self._project.sessions() as session:
                self.article = side_by_side.article_view(session, article_id)
                if self.article is not None:
                    sides = self.article.translations
                    self.translation = next((t for t in sides if t.id == translation_id), sides[0] if sides else None)
                    original = self.article.original.id if self.article.original else None
                    self._rows = side_by_side.alignment_rows(
                        session, original, self.translation.id if self.translation else None
                    )
                    ids = [sid for row in self._rows for sid in (*row.src, *row.tgt)]
                    self._cells = side_by_side.sentence_cells(session, ids, self._annotator)
        self._row_of = {sid: i for i, row in enumerate(self._rows) for sid in (*row.src, *row.tgt)}
        self.endResetModel()

    def reload_rows(self, translation_id: str | None = None) -> None:
        """Re-read the rows (after an alignment edit), with the same or the named translation."""
        if self.article is not None:
            self.load(self.article.id, translation_id or (self.translation.id if self.translation else None))

    def refresh_sentences(self, sentence_ids: Iterable[str]) -> list[int]:
        """Re-read changed sentences of this article; returns the rows that changed."""
        ids = [sid for sid in sentence_ids if sid in self._row_of]
        if not ids or self._project is None:
            return []
        with self._project.sessions() as session:
            self._cells.update(side_by_side.sentence_cells(session, ids, self._annotator))
        rows = sorted({self._row_of[sid] for sid in ids})
        for row in rows:
            self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))
        return rows

    # --- lookups -------------------------------------------------------------------------

    def align_row(self, row: int) -> AlignRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def sentence_ids(self, row: int, column: int) -> tuple[str, ...]:
        if not 0 <= row < len(self._rows):
            return ()
        return self._rows[row].src if column == 0 else self._rows[row].tgt

    def row_of(self, sentence_id: str) -> int | None:
        return self._row_of.get(sentence_id)

    def column_of(self, sentence_id: str) -> int:
        row = self._row_of.get(sentence_id)
        return 1 if row is not None and sentence_id in self._rows[row].tgt else 0

    def cell(self, sentence_id: str) -> SentenceCell | None:
        return self._cells.get(sentence_id)

    def side(self, column: int) -> TextSide | None:
        if self.article is None:
            return None
        return self.article.original if column == 0 else self.translation

    # --- Qt API --------------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        if parent.isValid():
            return 0
        return 2 if self.translation is not None else 1

    def origin_text(self, origin: str) -> str:
        return {
            "imported": self.tr("imported"),
            "machine": self.tr("machine"),
            "post-edited": self.tr("post-edited"),
        }.get(origin, origin)

    def told_apart(self, side: TextSide) -> str:
        """ " · FILE" (or " · DATE") when another translation of the article has the same
        language and origin, so two "English · imported" can be told apart; else ""."""
        if self.article is None or side.role == "original":
            return ""
        twins = [t for t in self.article.translations if (t.lang, t.origin) == (side.lang, side.origin)]
        if len(twins) < 2:
            return ""
        for name_of_twin in (
            lambda t: PurePath(t.source).name if t.source else "",
            lambda t: "/".join(PurePath(t.source).parts[-2:]) if t.source else "",
            lambda t: t.created or "",
        ):
            names = [name_of_twin(t) for t in twins]
            if names[twins.index(side)] and len(set(names)) == len(names):
                return f" · {names[twins.index(side)]}"
        return f" · {twins.index(side) + 1}"

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if orientation == Qt.Orientation.Vertical:
            return str(section + 1) if role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(self._rows) else None
        side = self.side(section) if 0 <= section < self.columnCount() else None
        if side is None:
            return None
        role_name = self.tr("Original") if section == 0 else self.tr("Translation")
        origin = self.origin_text(side.origin)
        if side.origin == "machine" and side.model_id:
            origin = f"{origin} · {side.model_id}"  # a reviewer judges machine output by its model
        shown = f"{role_name} · {name_of(side.lang)} · {origin}{self.told_apart(side)}"
        if role == Qt.ItemDataRole.DisplayRole:
            return shown
        if role == Qt.ItemDataRole.ToolTipRole:  # the full header: a narrow column elides it
            model = f"\n{self.tr('model')}: {side.model_id}" if side.model_id else ""
            return f"{shown}\n{role_name}: {name_of(side.lang)} ({side.lang}), {self.origin_text(side.origin)}{model}"
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        ids = self.sentence_ids(index.row(), index.column())
        cells = [self._cells[s] for s in ids if s in self._cells]
        if role == Qt.ItemDataRole.DisplayRole:
            return " ".join(c.text.strip() for c in cells)
        if role == SentenceIdsRole:
            return list(ids)
        if role == LabelsRole:
            return list(dict.fromkeys(lid for c in cells for lid in c.labels))
        if role == NoteRole:
            notes = [c.note for c in cells if c.note]
            return "\n".join(notes) if notes else None
        if role == ReviewedRole:
            return bool(cells) and all(c.reviewed for c in cells)
        if role == KindRole:
            return cells[0].kind if cells else None
        if role == LinkRole:
            return self._rows[index.row()]
        if role == LangRole:
            return next((c.lang for c in cells if c.lang_set), None)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(self._rows[index.row()], cells)
        return None

    def _tooltip(self, row: AlignRow, cells: list[SentenceCell]) -> str:
        if not cells:
            return self.tr("no aligned sentence (%1)").replace("%1", row.kind)
        lang = name_of(cells[0].lang) + (self.tr(" (set by hand)") if cells[0].lang_set else "")
        if row.origin == "manual":
            how = self.tr("manual")
        elif row.origin == "auto" and row.score is not None:
            how = self.tr("auto, score %1").replace("%1", f"{row.score:.2f}")
            if row.needs_review:
                how += self.tr(" — worth a check")
        else:
            how = self.tr("not aligned yet (by position)") if self.translation is not None else ""
        return " · ".join(part for part in (lang, row.kind if self.translation else "", how) if part)


def cell_sentence_offsets(index: QModelIndex | QPersistentModelIndex) -> list[tuple[str, int, int, int]]:
    """(sentence id, where it starts in the cell's displayed text, its leading blanks, its
    shown length) for each sentence of a cell: a cell shows its sentences stripped and joined
    by spaces, so a span of a sentence at [s, e) shows at offset + s - lead, when it fits."""
    model = index.model()
    if not isinstance(model, AlignmentModel):
        return []
    out = []
    offset = 0
    for sid in model.sentence_ids(index.row(), index.column()):
        cell = model.cell(sid)
        if cell is None:
            continue
        shown = len(cell.text.strip())
        out.append((sid, offset, len(cell.text) - len(cell.text.lstrip()), shown))
        offset += shown + 1
    return out
