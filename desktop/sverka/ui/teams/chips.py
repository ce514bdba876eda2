"""Everyone's labels in the sentence view: chips of the labels other annotators gave.

Mine (the default) shows only this window's annotator's labels, as before teams. Everyone's
(Team ▸ Show everyone's labels, Ctrl+Shift+A) adds a chip per label another person, the gold
or a model gave — ``violence · bob`` — in the label's colour, paler, so one's own labels still
stand out. Team ▸ Show one annotator's labels… narrows the chips to one person (or the gold).
The chips of the article on show are read once per article and after each change.
"""

from __future__ import annotations

from collections.abc import Iterable

from sverka.ops.teams.annotators import OtherLabel, labels_by_others
from sverka.ui.models.alignment import SentenceIdsRole
from sverka.ui.qt import QColor, QModelIndex, QObject, QPersistentModelIndex
from sverka.ui.workbench import Workbench

Index = QModelIndex | QPersistentModelIndex
OTHERS_ALPHA = 110  # another's label: the label's colour, paler than one's own
GOLD_MARK = "★"


class EveryonesLabels(QObject):
    """The chip provider and its cache for one window."""

    def __init__(self, bench: Workbench) -> None:
        super().__init__(bench.window)
        self.bench = bench
        self.on = False
        self.only: str | None = None  # one annotator's chips only (None: everyone's)
        self._others: dict[str, list[OtherLabel]] = {}
        bench.view.delegate.add_chip_provider(self.chips)
        bench.alignment.modelReset.connect(self.reload)

    def set_on(self, on: bool, only: str | None = None) -> None:
        self.on, self.only = on, only if on else None
        self.reload()
        self.bench.view.fit_rows()
        self.bench.view.viewport().update()

    def _shown_ids(self) -> list[str]:
        model = self.bench.alignment
        ids: list[str] = []
        for row in range(model.rowCount()):
            align = model.align_row(row)
            if align is not None:
                ids.extend((*align.src, *align.tgt))
        return ids

    def reload(self) -> None:
        """Read the others' labels of the article on show (nothing while it is off)."""
        self._others = {}
        if self.on:
            self.refresh(self._shown_ids())

    def refresh(self, sentence_ids: Iterable[str]) -> None:
        project = self.bench.context.project
        ids = list(sentence_ids)
        if not self.on or project is None or not ids:
            return
        with project.sessions() as session:
            found = labels_by_others(session, ids, self.bench.context.annotator_id)
        for sid in ids:
            self._others[sid] = found.get(sid, [])

    def chips(self, index: Index) -> list[tuple[str, QColor]]:
        if not self.on:
            return []
        catalog = self.bench.view.delegate.catalog
        seen: set[tuple[str, str]] = set()
        chips = []
        for sid in index.data(SentenceIdsRole) or []:
            for other in self._others.get(sid, []):
                label = catalog.by_id.get(other.label_id)
                if label is None or (other.label_id, other.annotator) in seen:
                    continue
                if self.only is not None and other.annotator != self.only:
                    continue
                seen.add((other.label_id, other.annotator))
                colour = QColor(label.color)
                who = f"{GOLD_MARK} {other.annotator}" if other.kind == "gold" else other.annotator
                if other.kind != "gold":
                    colour.setAlpha(OTHERS_ALPHA)
                chips.append((f"{label.name} · {who}", colour))
        return chips
