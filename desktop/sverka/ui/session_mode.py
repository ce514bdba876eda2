"""Annotation session mode: a queue of unlabeled sentences, a timer and the pace."""

from __future__ import annotations

import time
from collections.abc import Callable

from sverka.ops.annotation import sessions
from sverka.ops.annotation.sessions import QueueFilter, SessionState
from sverka.ops.views import side_by_side
from sverka.ui.qt import QLabel, QMessageBox, QObject, QTimer, QWidget
from sverka.ui.workbench import Workbench

RECOUNT_EVERY_S = 60  # the exact remaining count is a query; between recounts it is tracked


class SessionMode(QObject):
    """Owns the WorkSession of the window's annotator and its status-bar widget."""

    def __init__(self, bench: Workbench) -> None:
        super().__init__(bench.window)
        self.bench = bench
        self.ctx = bench.context
        self.state: SessionState | None = None
        self.label = QLabel()
        self.label.setToolTip(self.tr("Annotation session: time, decisions, remaining, pace"))
        bench.window.statusBar().addPermanentWidget(self.label)
        self._started = 0.0  # monotonic time this window started (or resumed) the session
        self._decisions_here = 0
        self._remaining = 0
        self._last_count = 0.0
        self.last_summary = ""
        self.summary_box: QMessageBox | None = None
        self.timer = QTimer(self)
        self.timer.setInterval(1000)
        self.timer.timeout.connect(self.update_status)
        # The queue in a model's order (uncertainty, likely label): set by the suggestions part;
        # it returns None to leave the step to reading order.
        self.pick: Callable[[SessionState, str | None], str | None] | None = None

    @property
    def active(self) -> bool:
        return self.state is not None

    def project_opened(self) -> None:
        """Resume the annotator's unfinished session, at the sentence where it stopped."""
        self.state = None
        if self.ctx.project is None or self.ctx.annotator_id is None:
            self._show()
            return
        state = sessions.open_session(self.ctx.project, self.ctx.annotator_id)
        if state is not None:
            self._begin(state)
            if state.cursor:
                self._go(state.cursor)

    def project_closing(self) -> None:
        self.timer.stop()
        self.state = None

    def start(self, flt: QueueFilter) -> None:
        if self.ctx.project is None or self.ctx.annotator_id is None or self.bench.nav.refuse_write():
            return
        project, who = self.ctx.project, self.ctx.annotator_id

        def started(state: SessionState) -> None:
            self._begin(state)
            self.next()

        self.bench.writer.call(lambda: sessions.start_session(project, who, flt), started)

    def start_dialog(self) -> QWidget | None:
        from sverka.ui.dialogs.session import SessionDialog

        if self.ctx.project is None:
            return None
        article = self.bench.alignment.article
        dialog = SessionDialog(
            self.bench.window, self.ctx.project, self.bench.view.catalog, article.id if article else None
        )
        dialog.accepted.connect(lambda: self.start(dialog.queue_filter()))
        dialog.open()
        return dialog

    def _begin(self, state: SessionState) -> None:
        self.state = state
        self._started = time.monotonic()
        self._decisions_here = 0
        self._recount()
        self.timer.start()
        self._show()

    def _recount(self) -> None:
        if self.state is not None and self.ctx.project is not None and self.ctx.annotator_id is not None:
            self._remaining = sessions.remaining(self.ctx.project, self.ctx.annotator_id, self.state)
            self._last_count = time.monotonic()

    def next(self) -> None:
        """Go to the next queued sentence after the current one."""
        if self.state is None or self.ctx.project is None or self.ctx.annotator_id is None:
            return
        current = self.bench.view.current_sentences()
        after = current[0] if current else self.state.cursor
        target = None
        if self.pick is not None and self.state.filter.order != sessions.READING:
            target = self.pick(self.state, after)
        if target is None:
            target = sessions.next_sentence(self.ctx.project, self.ctx.annotator_id, self.state, after)
        if target is None:
            self.bench.nav.say(self.tr("The session queue is empty: all done."), 8000)
            return
        project, state_id = self.ctx.project, self.state.id

        def recorded(state: SessionState | None) -> None:
            self.state = state or self.state
            self._go(target)

        self.bench.writer.call(lambda: sessions.record(project, state_id, target), recorded)

    def _go(self, sentence_id: str) -> None:
        if self.ctx.project is None:
            return
        with self.ctx.project.sessions() as session:
            article = side_by_side.article_of_sentence(session, sentence_id)
        if article:
            self.bench.nav.show_article(article, sentence_id)

    def decided(self, sentence_id: str) -> None:
        """A label was toggled: count the decision and move the cursor."""
        if self.state is None or self.ctx.project is None:
            return
        project, state_id = self.ctx.project, self.state.id

        def recorded(state: SessionState | None) -> None:
            self.state = state or self.state
            self._show()

        self._decisions_here += 1
        self._remaining = max(0, self._remaining - 1)
        self.bench.writer.call(lambda: sessions.record(project, state_id, sentence_id, 1), recorded)

    def summary(self) -> str:
        """What the session came to: decisions, time in this sitting, pace."""
        if self.state is None:
            return ""
        elapsed = time.monotonic() - self._started
        h, rem = divmod(int(elapsed), 3600)
        pace = sessions.decisions_per_hour(self._decisions_here, elapsed)
        return (
            self.tr("Session stopped · done %1 · time %2 · %3 decisions per hour")
            .replace("%1", str(self.state.decisions))
            .replace("%2", f"{h}:{rem // 60:02d}:{rem % 60:02d}")
            .replace("%3", f"{pace:.0f}")
        )

    def stop(self) -> None:
        if self.state is not None:
            # Stopping shows what the session came to (issue 15 item 13), in the status bar
            # and in a box that does not block the keys.
            self.last_summary = self.summary()
            self.bench.nav.say(self.last_summary, 15000)
            box = QMessageBox(
                QMessageBox.Icon.Information,
                self.tr("Annotation session"),
                self.last_summary.replace(" · ", "\n"),
                QMessageBox.StandardButton.Ok,
                self.bench.window,
            )
            box.finished.connect(lambda _: self.bench.nav.focus_sentences())
            box.open()
            self.summary_box = box
        if self.state is not None and self.ctx.project is not None:
            project, state_id = self.ctx.project, self.state.id
            self.bench.writer.call(lambda: sessions.end_session(project, state_id), lambda _: None)
        self.state = None
        self.timer.stop()
        self._show()

    def update_status(self) -> None:
        if time.monotonic() - self._last_count > RECOUNT_EVERY_S:
            self._recount()
        self._show()

    def _show(self) -> None:
        if self.state is None:
            self.label.setText("")
            return
        elapsed = time.monotonic() - self._started
        h, rem = divmod(int(elapsed), 3600)
        pace = sessions.decisions_per_hour(self._decisions_here, elapsed)
        self.label.setText(
            self.tr("Session %1 · done %2 · remaining %3 · %4/h")
            .replace("%1", f"{h}:{rem // 60:02d}:{rem % 60:02d}")
            .replace("%2", str(self.state.decisions))
            .replace("%3", str(self._remaining))
            .replace("%4", f"{pace:.0f}")
        )
