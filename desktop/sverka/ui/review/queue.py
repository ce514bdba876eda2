"""The review queue of the article on show: Ctrl+Shift+R goes to the next row to check.

The rows to check are the null rows (a 1-0 row is a suspected omission, a 0-1 row an
addition), the rows with a QA finding (:func:`sverka.ops.qa.run_qa`), and the low-confidence
auto rows the delegate tints; the first two come first, each group in reading order, so a
reviewer meets the likely errors before the merely unsure alignments. The QA checks run when
the key is pressed (an article is tens of rows), so an edit is always taken into account.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from sverka.ops.qa import run_qa
from sverka.ops.views.side_by_side import AlignRow
from sverka.ui.keys import Binding, Rank, Where, key_is
from sverka.ui.qt import Qt
from sverka.ui.workbench import Workbench

CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def check_order(rows: Sequence[AlignRow], flagged: Iterable[int]) -> list[int]:
    """The rows to check, in order: null rows and ``flagged`` (QA) rows first, then the tinted ones."""
    first = set(flagged) | {i for i, row in enumerate(rows) if not row.src or not row.tgt}
    then = [i for i, row in enumerate(rows) if row.needs_review and i not in first]
    return sorted(first) + then


def next_in(order: list[int], current: int) -> int | None:
    """The row after ``current`` in ``order`` (round to the start); the first one from elsewhere."""
    if not order:
        return None
    if current in order:
        return order[(order.index(current) + 1) % len(order)]
    return order[0]


class ReviewQueue:
    """Registers the key in the sentences of ``bench``'s window."""

    def __init__(self, bench: Workbench) -> None:
        self.bench = bench
        self.w = bench.window
        bench.keys.add(
            Binding(
                "Ctrl+Shift+R",
                self.w.tr("next row to check: omissions, additions and QA findings first, then unsure rows"),
                Where.SENTENCES,
                Rank.VIEW,
                key_is(Qt.Key.Key_R, lambda press: press.modifiers == CTRL_SHIFT),
                self.go_next,
            )
        )

    def flagged_rows(self) -> set[int]:
        """The rows of the translation on show that have a QA finding."""
        model, project = self.bench.alignment, self.bench.context.project
        if project is None or model.article is None or model.translation is None:
            return set()
        shown = model.translation.id
        rows: set[int] = set()
        for f in run_qa(project, [model.article.id]):
            if f.translation_id == shown:
                found = (model.row_of(sid) for sid in (*f.sentence_ids, *f.translation_sentence_ids))
                rows.update(r for r in found if r is not None)
        return rows

    def order(self) -> list[int]:
        model = self.bench.alignment
        rows = [row for i in range(model.rowCount()) if (row := model.align_row(i)) is not None]
        return check_order(rows, self.flagged_rows())

    def go_next(self) -> None:
        view = self.bench.view
        current = view.currentIndex()
        target = next_in(self.order(), current.row() if current.isValid() else -1)
        if target is None:
            self.bench.nav.say(self.w.tr("Nothing to check in this article"))
            return
        view.go_to(target)
