"""Label suggestions in the view (issue 16): hollow chips with the model's confidence on the
current row, ``a`` to accept them, training in the background, a model-ordered session queue.

The model (:mod:`sverka.ops.suggest`) learns from the project's people's labels of the schema
on show. It trains on a thread of its own — it only reads, so it never holds the writer and a
key press never waits for it — once the project opens and again a moment after labels stop
changing (debounced). Accepting is one command through the undo controller: one Ctrl+Z takes
the row's accepted labels back. The status bar shows what the model suggests, the threshold
of examples per label, and how many of the rows it made suggestions on were accepted.
"""

from __future__ import annotations

from typing import Any

from sverka.core.suggest.available import INSTALL_HINT, sklearn_available
from sverka.core.suggest.classifier import MIN_EXAMPLES
from sverka.db.faults import ProjectError, StorageError
from sverka.ops.history import Changes, Command, Executed, Session
from sverka.ops.suggest.model import DEFAULT_CONFIDENCE, SchemaModel, Suggestion, forget, trained_model
from sverka.ops.suggest.training import SuggestError, choose_schema
from sverka.ops.suggest.units import unit_texts
from sverka.ops.workflows.suggest_queue import next_by_model
from sverka.ops.workflows.suggestions import build_accept
from sverka.progress import CancelToken, Progress
from sverka.ui.delegates import Chip, Index
from sverka.ui.keys import Binding, Rank, Where, key_is
from sverka.ui.models.alignment import LabelsRole, SentenceIdsRole
from sverka.ui.qt import QColor, QLabel, QModelIndex, QObject, QPersistentModelIndex, Qt, QThreadPool, QTimer
from sverka.ui.session_mode import SessionMode
from sverka.ui.workbench import Workbench
from sverka.ui.workers import Job

RETRAIN_AFTER_MS = 1500  # labels arrive a key press apart: retrain once they pause
HOLLOW = QColor(0, 0, 0, 0)  # the delegate outlines chips with a transparent fill


class Suggestions(QObject):
    """The suggestion chips, the accept key, background training and the status-bar figures."""

    def __init__(self, bench: Workbench, session: SessionMode) -> None:
        super().__init__(bench.window)
        self.bench = bench
        self.session = session
        self.model: SchemaModel | None = None
        self.training = False
        self._again = False  # labels changed while a training ran: train once more after it
        self._generation = 0  # bumps when a project opens or closes: late results are dropped
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._jobs: set[Job] = set()
        self._found: dict[str, list[Suggestion]] = {}  # sentence id -> suggestions (model's, above threshold)
        self._suggested: set[str] = set()  # rows (first sentence) chips were shown on
        self._decided: set[str] = set()  # ... whose labels then changed
        self._accepted: set[str] = set()  # ... through the accept key
        self.min_confidence = DEFAULT_CONFIDENCE
        self.status = QLabel()
        bench.window.statusBar().addPermanentWidget(self.status)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(RETRAIN_AFTER_MS)
        self._timer.timeout.connect(self.train)
        bench.view.delegate.add_chip_provider(self.chips)
        bench.keys.add(
            Binding(
                "a",
                self.tr("accept the row's suggestions (the hollow chips) as your labels"),
                Where.SENTENCES,
                Rank.TOOL,  # a label with the hotkey a wins, as for the review keys
                key_is(Qt.Key.Key_A, lambda press: press.bare),
                self.accept,
            )
        )
        bench.undo.changed.connect(self._changed)
        bench.view.selectionModel().currentChanged.connect(self._moved)
        bench.alignment.modelReset.connect(self._found.clear)
        session.pick = self._pick
        self._show()

    # --- the project -------------------------------------------------------------------

    def project_opened(self) -> None:
        self._generation += 1
        self.model = None
        self._found.clear()
        self._suggested.clear()
        self._decided.clear()
        self._accepted.clear()
        self.train()

    def project_closing(self) -> None:
        """Wait for a running training (it reads the project about to close); forget the model."""
        self._generation += 1
        self._timer.stop()
        for job in self._jobs:
            job.cancel.cancel()
        self._pool.waitForDone()
        if self.bench.context.project is not None:
            forget(self.bench.context.project)
        self.model = None
        self.training = False
        self._found.clear()
        self._show()

    # --- training ------------------------------------------------------------------------

    def train(self) -> Job | None:
        """Train (or reuse) the model of the schema on show, on the trainer thread."""
        project = self.bench.context.project
        if project is None or not sklearn_available():
            self._show()
            return None
        if self.training:
            self._again = True
            return None
        schema_name = self.bench.view.catalog.schema
        generation = self._generation

        def fn(progress: Progress, cancel: CancelToken) -> SchemaModel | None:
            with project.sessions() as session:
                try:
                    schema_id = choose_schema(session, schema_name)
                except SuggestError:
                    return None
            cancel.raise_if_cancelled()
            return trained_model(project, schema_id)

        job = Job(fn)
        self._jobs.add(job)
        job.signals.finished.connect(lambda model: self._trained(job, generation, model))
        job.signals.failed.connect(lambda message: self._trained(job, generation, None, message))
        job.signals.cancelled.connect(lambda: self._trained(job, generation, None))
        self.training = True
        self._show()
        self._pool.start(job)
        return job

    def _trained(self, job: Job, generation: int, model: SchemaModel | None, failure: str = "") -> None:
        self._jobs.discard(job)
        if generation != self._generation:
            return  # another project since
        self.training = False
        if failure:
            self.bench.nav.say(self.tr("Suggestions: training failed: %1").replace("%1", failure), 8000)
        if model is not self.model:
            self.model = model
            self._found.clear()
            self._moved(self.bench.view.currentIndex(), QModelIndex())
        if self._again:
            self._again = False
            self._timer.start()
        self._show()

    def _changed(self, changes: Changes) -> None:
        if changes.labels or changes.schema or changes.text:
            if changes.text or changes.schema:
                self._found.clear()
            self._decided |= changes.sentences & self._suggested
            self._timer.start()
            self._show()

    # --- what the current row shows --------------------------------------------------------

    def _current_model(self) -> SchemaModel | None:
        model = self.model
        if model is None or model.schema.name != self.bench.view.catalog.schema:
            return None  # trained for another schema: the next training follows the one on show
        return model

    def _predict(self, sentence_ids: list[str]) -> None:
        model, project = self._current_model(), self.bench.context.project
        wanted = [sid for sid in sentence_ids if sid not in self._found]
        if model is None or project is None or not wanted:
            return
        try:
            with project.sessions() as session:
                texts = unit_texts(session, wanted)
        except (StorageError, ProjectError):
            return  # the server went away or the disk failed: the window's failure dialog says so
        known = [sid for sid in wanted if sid in texts]
        for sid, confidences in zip(known, model.confidences([texts[s] for s in known]), strict=True):
            self._found[sid] = model.suggestions(confidences, self.min_confidence)

    def _moved(
        self, current: QModelIndex | QPersistentModelIndex, previous: QModelIndex | QPersistentModelIndex
    ) -> None:
        """Chips show on the current row only: predict its cells, refit the rows that change."""
        alignment = self.bench.alignment
        if self._current_model() is None:
            return  # no chips on any row: no row changes height (a refit was ~1/4 of a move)
        if current.isValid():
            ids = [alignment.sentence_ids(current.row(), c) for c in range(alignment.columnCount())]
            self._predict([cell[0] for cell in ids if cell])
        rows = sorted({i.row() for i in (current, previous) if i.isValid()})
        self.bench.view.fit_rows(rows)

    def row_suggestions(self, index: Index) -> list[Suggestion]:
        """The suggestions of a cell that it does not carry yet (empty off the current row)."""
        current = self.bench.view.currentIndex()
        if self._current_model() is None or not current.isValid() or index.row() != current.row():
            return []
        ids = index.data(SentenceIdsRole) or ()
        if not ids:
            return []
        have = set(index.data(LabelsRole) or ())
        return [s for s in self._found.get(ids[0], []) if s.label_id not in have]

    def chips(self, index: Index) -> list[Chip]:
        found = self.row_suggestions(index)
        if found:
            ids: tuple[str, ...] = index.data(SentenceIdsRole) or ()
            self._suggested.update(ids[:1])
        # A model is never sure: 0.996 shows as 99 %, not 100 %.
        return [(f"◇ {s.label} {min(int(s.confidence * 100), 99)}%", HOLLOW) for s in found]

    # --- accepting -------------------------------------------------------------------------

    def accept(self) -> None:
        """Put the current cell's suggestions on it as the annotator's own labels: one step."""
        view, who = self.bench.view, self.bench.context.annotator_id
        ids = view.current_sentences()
        found = self.row_suggestions(view.currentIndex())
        if not ids or who is None:
            return
        if not found:
            self.bench.nav.say(self.tr("No suggestions on this row"), 3000)
            return

        def build(session: Session) -> Command | None:
            return build_accept(session, ids, found, who)

        def accepted(executed: Executed) -> None:
            self._accepted.add(ids[0])
            self._decided.add(ids[0])
            self.session.decided(ids[0])
            if self.session.active:
                self.session.next()
            self._show()

        self.bench.undo.perform(build, then=accepted)

    # --- the session's queue ----------------------------------------------------------------

    def _pick(self, state: Any, after: str | None) -> str | None:
        project, who = self.bench.context.project, self.bench.context.annotator_id
        if project is None or who is None:
            return None
        return next_by_model(project, who, state, self._current_model(), after)

    # --- the status bar ------------------------------------------------------------------------

    def acceptance(self) -> tuple[int, int]:
        """(rows accepted, rows decided) among the rows that showed suggestions."""
        return len(self._accepted & self._decided), len(self._decided)

    def _show(self) -> None:
        if self.bench.context.project is None:
            self.status.setText("")
            return
        if not sklearn_available():
            self.status.setText(self.tr("Suggestions off (pip install 'sverka[suggest]')"))
            self.status.setToolTip(INSTALL_HINT)
            return
        model = self._current_model()
        parts = []
        if self.training:
            parts.append(self.tr("training…"))
        if model is not None:
            ready = model.model.readiness
            parts.append(
                self.tr("%1 of %2 labels").replace("%1", str(len(ready.ready))).replace("%2", str(len(ready.positives)))
            )
            self.status.setToolTip(self._tooltip(model))
        accepted, decided = self.acceptance()
        if decided:
            rate = f"{100 * accepted / decided:.0f}%"
            parts.append(
                self.tr("accepted %1/%2 (%3)")
                .replace("%1", str(accepted))
                .replace("%2", str(decided))
                .replace("%3", rate)
            )
        self.status.setText(self.tr("Suggestions: %1").replace("%1", " · ".join(parts) or self.tr("none yet")))

    def _tooltip(self, model: SchemaModel) -> str:
        ready = model.model.readiness
        lines = [
            self.tr("A label is suggested once %1 sentences have it and %1 lack it (labels by people only).").replace(
                "%1", str(ready.min_examples or MIN_EXAMPLES)
            ),
            self.tr("Trained on %1 sentences.").replace("%1", str(model.model.trained_on)),
        ]
        for name in ready.positives:
            count = f"{ready.positives[name]}/{ready.min_examples}"
            state = self.tr("suggested") if ready.is_ready(name) else self.tr("waiting")
            lines.append(f"{name}: {count} · {state}")
        lines.append(self.tr("a accepts the current row's suggestions; accepted = rows accepted of rows decided."))
        return "\n".join(lines)
