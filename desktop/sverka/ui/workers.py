"""Background work: long jobs on a single writer thread, results back through signals.

Database writes from long jobs are serialized on one pool with one thread (like Anki's
taskman); a job never touches widgets, it only emits signals that the GUI thread receives.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sverka.db.project import Project
from sverka.progress import Cancelled, CancelToken, Progress
from sverka.ui.qt import (
    QCoreApplication,
    QEvent,
    QObject,
    QProgressDialog,
    QRunnable,
    QThreadPool,
    QTimer,
    QWidget,
    Signal,
)

if TYPE_CHECKING:
    from sverka.ui.dialogs.export import ExportRequest

SHOW_AFTER_MS = 600

JobFn = Callable[[Progress, CancelToken], Any]


class JobSignals(QObject):
    progress = Signal(int, int, str)
    finished = Signal(object)
    failed = Signal(str)
    cancelled = Signal()


class Job(QRunnable):
    """Runs ``fn(progress, cancel)`` on a pool thread and reports through :class:`JobSignals`."""

    def __init__(self, fn: JobFn) -> None:
        super().__init__()
        self.fn = fn
        self.signals = JobSignals()
        self.cancel = CancelToken()
        self.ended = False  # set on the pool thread once fn returned (before the report is delivered)
        self.setAutoDelete(False)  # Python keeps the reference until the job reports back

    def run(self) -> None:
        def progress(done: int, total: int, message: str = "") -> None:
            self.signals.progress.emit(done, total, message)

        try:
            result = self.fn(progress, self.cancel)
        except Cancelled:
            self.ended = True
            self.signals.cancelled.emit()
        except Exception as exc:  # reported to the user, never lost in a thread
            self.ended = True
            self.signals.failed.emit(f"{exc.__class__.__name__}: {exc}")
        else:
            self.ended = True
            self.signals.finished.emit(result)


class Tasks(QObject):
    """The app's pools: ``writer`` has one thread so database writes never race."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.writer = QThreadPool(self)
        self.writer.setMaxThreadCount(1)
        self._running: set[Job] = set()
        self._waiting: set[Job] = set()

    def run(self, job: Job) -> Job:
        self._running.add(job)
        for signal in (job.signals.finished, job.signals.failed, job.signals.cancelled):
            signal.connect(lambda *_: self._running.discard(job))
        # Start on the next turn of the event loop: whoever called run() connects to the job's
        # signals after it returns, and a quick job must not report before anyone listens.
        self._waiting.add(job)
        QTimer.singleShot(0, self, lambda: self._start(job))
        return job

    def _start(self, job: Job) -> None:
        if job in self._waiting:  # not dropped by shutdown() in the meantime
            self._waiting.discard(job)
            self.writer.start(job)

    def wait(self, msecs: int = -1) -> bool:
        return self.writer.waitForDone(msecs)

    @property
    def busy(self) -> bool:
        return bool(self._running)

    @property
    def working(self) -> bool:
        """A job holds the writer thread or waits for it (ended jobs whose report is still on
        its way do not count: the thread is free)."""
        return any(not job.ended for job in self._running)

    def shutdown(self) -> None:
        """Stop every job before the project closes: queued jobs never start, the running one
        is cancelled (jobs check their token between units of work, so this is quick), then
        its last report (finished/cancelled) is delivered while the project is still open.
        """
        for job in list(self._running):
            job.cancel.cancel()
        for job in list(self._waiting):  # never handed to the pool: it reports nothing
            self._waiting.discard(job)
            self._running.discard(job)
        for job in list(self._running):
            if self.writer.tryTake(job):  # never started: it reports nothing, forget it
                self._running.discard(job)
        self.writer.waitForDone()
        # The job's signals were queued to this thread; deliver them now (meta-calls only,
        # no input events), so their slots see the project they were started on.
        QCoreApplication.sendPostedEvents(None, QEvent.Type.MetaCall)
        self._running.clear()


@dataclass(frozen=True)
class ImportOutcome:
    report: Any  # sverka.ops.ingest.importer.ImportReport (imported lazily: the importer is heavy)
    aligned: Any  # sverka.ops.alignment.run.AlignSummary


def import_job(project: Project, paths: Sequence[Path], annotator: str | None = None) -> Job:
    """A job importing files/folders, then aligning and finding names exactly like the CLI.

    TMX, Label Studio and doccano files go in as ``sverka import`` takes them, their labels
    as ``annotator``'s (the window's user). The result is an :class:`ImportOutcome`: the
    importer's report and what was aligned.
    """

    def fn(progress: Progress, cancel: CancelToken) -> Any:
        from sverka.ops.workflows import resume  # heavy (segmenters); loaded only when used
        from sverka.ops.workflows.peer_import import PeerOptions

        # Alignment and names follow; a crash before they finish is finished on the next open.
        peer = PeerOptions(annotator=annotator)
        imported = resume.import_paths(project, list(paths), progress=progress, cancel=cancel, peer=peer)
        return ImportOutcome(imported.report, imported.after.aligned)

    return Job(fn)


def resume_job(project: Project) -> Job:
    """A job finishing what a killed import or translation left (alignment, names); its result
    is the list of lines saying what was finished."""

    def fn(progress: Progress, cancel: CancelToken) -> Any:
        from sverka.ops.workflows.resume import finish_abandoned

        return finish_abandoned(project, progress=progress, cancel=cancel).lines

    return Job(fn)


def export_job(project: Project, request: ExportRequest) -> Job:
    """A job writing ``request`` exactly as
    ``sverka export`` does: the same ops writers and options, atomic files.

    The exporters take no cancel token, so Cancel is checked at each progress report: the
    export stops there and its temp file is removed (the writers clean up on any exception).
    """

    def fn(progress: Progress, cancel: CancelToken) -> Any:
        from sverka.ops.export.options import ExportOptions, Filters
        from sverka.ops.export.writers import export_file
        from sverka.ops.workflows.export import team_options

        def checked(done: int, total: int, message: str = "") -> None:
            cancel.raise_if_cancelled()
            progress(done, total, message)

        folder = request.path if request.split else request.path.resolve().parent
        if not request.split and not folder.is_dir():
            raise FileNotFoundError(f"{request.path.parent}: folder does not exist")
        f = request.filters
        filters = Filters(
            labels=[f.label] if f.label else (),
            statuses=[f.status] if f.status else (),
            annotators=[f.annotator] if f.annotator else (),
            languages=[f.lang] if f.lang else (),
            date_from=f.date_from,
            date_to=f.date_to,
            reviewed_only=f.reviewed_only,
        )
        options = ExportOptions(
            request.target_lang,
            request.labeled_only,
            [f.article_id] if f.article_id else None,
            normalized=request.normalized,
            qa=request.qa,
            filters=filters,
            formula_guard=request.formula_guard,
            split=request.split,
            seed=request.seed,
        )
        return export_file(project, request.fmt, request.path, team_options(options, request.resolve), checked)

    return Job(fn)


class ProgressUi(QObject):
    """A progress dialog for a job, shown only if the job lasts longer than ~600 ms."""

    def __init__(self, parent: QWidget, job: Job, title: str) -> None:
        super().__init__(parent)
        self.dialog = QProgressDialog(title, self.tr("Cancel"), 0, 0, parent)
        self.dialog.setWindowTitle(title)
        self.dialog.setAutoReset(False)
        self.dialog.setAutoClose(False)
        self.dialog.setMinimumDuration(1_000_000)  # we decide when it appears
        self.dialog.reset()
        self.dialog.canceled.connect(job.cancel.cancel)
        self._done = False
        job.signals.progress.connect(self._progress)
        for signal in (job.signals.finished, job.signals.failed, job.signals.cancelled):
            signal.connect(self._close)
        QTimer.singleShot(SHOW_AFTER_MS, self._show)

    def _show(self) -> None:
        if not self._done:
            self.dialog.show()

    def _progress(self, done: int, total: int, message: str) -> None:
        self.dialog.setMaximum(max(total, 0))
        self.dialog.setValue(min(done, total) if total else 0)
        if message:
            self.dialog.setLabelText(message)

    def _close(self, *_: object) -> None:
        self._done = True
        shown = self.dialog.isVisible()
        self.dialog.reset()
        self.dialog.hide()
        self.dialog.deleteLater()
        if shown:  # give the keyboard back: the window's shortcuts answer only while it is active
            owner = self.dialog.parentWidget()
            if owner is not None:
                owner.window().activateWindow()
