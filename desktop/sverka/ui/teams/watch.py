"""Refreshing the open project when someone else writes to it.

Another process — the command line on the same project file, another annotator on the team
server — commits steps this window did not make. A timer asks
:func:`sverka.ops.teams.server.poll_changes` (one small query over the event log; on a server
the same holds for every annotator's connection) and, when the log moved, re-reads the cells
of the article on show and its row in the article list, keeping the article, the row and the
cursor. Undoing a step over sentences changed elsewhere since is refused by the project
(:func:`sverka.ops.history.undo` with the window's own steps), so nothing is undone blindly.
"""

from __future__ import annotations

from collections.abc import Callable

from sverka.ops.teams.server import poll_changes
from sverka.ops.views import side_by_side
from sverka.ui.qt import QObject, QTimer, Signal
from sverka.ui.workbench import Workbench

POLL_MS = 1500
Token = tuple[int, int, int]


class ExternalChanges(QObject):
    """Polls the open project's event log; ``refreshed`` after a refresh it caused."""

    refreshed = Signal()

    def __init__(self, bench: Workbench, also: Callable[[list[str]], None]) -> None:
        super().__init__(bench.window)
        self.bench = bench
        self.also = also  # more to refresh with the shown sentences (everyone's labels)
        self.token: Token | None = None
        self.timer = QTimer(self)
        self.timer.setInterval(POLL_MS)
        self.timer.timeout.connect(self.check)
        # After one's own step the log moved too: take the new token, so only others' steps
        # cause a refresh.
        bench.undo.changed.connect(lambda _: self.mark_seen())

    def start(self) -> None:
        self.mark_seen()
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()
        self.token = None

    def mark_seen(self) -> None:
        project = self.bench.context.project
        if project is not None:
            _, self.token = poll_changes(project, None)

    def check(self) -> bool:
        """Refresh if the log moved since the last look; True when it did."""
        project = self.bench.context.project
        if project is None or self.bench.writer.queued or self.bench.tasks.working:
            return False  # a job of ours is writing: its own report refreshes what it touched
        changed, token = poll_changes(project, self.token)
        if not changed:
            return False
        self.token = token
        self.refresh()
        return True

    def refresh(self) -> None:
        model = self.bench.alignment
        if self._rows_moved():
            self.bench.nav.reload_rows()  # relinked elsewhere: rows come and go, the cursor stays
        ids = [sid for row in range(model.rowCount()) for sid in self._row_ids(row)]
        self.also(ids)
        rows = model.refresh_sentences(ids)
        self.bench.view.fit_rows(rows)
        if model.article is not None:
            self.bench.articles.model.refresh({model.article.id})
        self.refreshed.emit()

    def _rows_moved(self) -> bool:
        """The article's alignment rows differ from those on show (a relink elsewhere)."""
        model, project = self.bench.alignment, self.bench.context.project
        if model.article is None or project is None or model.article.original is None:
            return False
        with project.sessions() as session:
            rows = side_by_side.alignment_rows(
                session, model.article.original.id, model.translation.id if model.translation else None
            )
        return rows != [model.align_row(i) for i in range(model.rowCount())]

    def _row_ids(self, row: int) -> tuple[str, ...]:
        align = self.bench.alignment.align_row(row)
        return (*align.src, *align.tgt) if align is not None else ()
