"""Thin QUndoCommands over the event log of :mod:`sverka.ops.history`.

An action is executed (and committed) by the core first, then pushed; ``push`` calls
``redo``, so the first ``redo`` of a freshly executed command does nothing. After a restart
the stack is rebuilt from the log, so Ctrl+Z reaches back into yesterday's work.

Every write — a command, an undo, a redo — goes through the window's one :class:`Writer`.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import cast

from sverka.db.faults import StorageError
from sverka.db.project import Project
from sverka.ops import history
from sverka.ops.history import Changes, Command, Executed, Session
from sverka.ui.qt import QObject, QUndoCommand, QUndoStack, Signal
from sverka.ui.writer import Writer

Build = Callable[[Session], Command | None]
Then = Callable[[Executed], object]
REFUSALS = (ValueError, LookupError)  # what the project answers when a step no longer fits


class LoggedCommand(QUndoCommand):
    """One logged event; undo/redo flip it in the project and report what changed."""

    def __init__(self, controller: UndoController, event_id: str, text: str) -> None:
        super().__init__(text)
        self.event_id = event_id
        self._controller = controller
        self._skip_redo = True  # already applied when pushed

    def redo(self) -> None:
        if self._skip_redo:
            self._skip_redo = False
            return
        self._controller.flip(self.event_id, undo=False)

    def undo(self) -> None:
        if not self._controller.flip(self.event_id, undo=True):
            # The project refused (e.g. the rows were edited or re-aligned since): the step
            # stays done there, so it leaves the stack rather than pretend to be undone.
            self.setObsolete(True)


class UndoController(QObject):
    """Runs commands for one annotator on one project and keeps the undo stack."""

    changed = Signal(object)  # Changes
    failed = Signal(str)
    blocked = Signal()  # a write asked of a read-only project: refused before it is tried

    def __init__(self, writer: Writer, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.writer = writer
        self.stack = QUndoStack(self)
        self.stack.setUndoLimit(0)
        self.project: Project | None = None
        self.annotator_id: str | None = None
        self._replaying = False

    def attach(self, project: Project | None, annotator_id: str | None) -> None:
        """Switch project/annotator and rebuild the stack from the event log."""
        self.project, self.annotator_id = project, annotator_id
        self.writer.serve(project)
        self.stack.clear()
        if project is None or project.read_only is not None:  # read-only: nothing to undo here
            return
        steps = history.recent_steps(project, annotator_id)
        # Undone steps followed by a later done step were a redo branch that a new action
        # discarded; only the undone tail after the last done step can still be redone.
        last_done = max((i for i, s in enumerate(steps) if s.state == "done"), default=-1)
        kept = [s for i, s in enumerate(steps) if s.state == "done" or i > last_done]
        self._replaying = True
        try:
            for step in kept:
                self.stack.push(LoggedCommand(self, step.event_id, step.description))
            done = sum(1 for s in kept if s.state == "done")
            self.stack.setIndex(done)  # undo() on the tail is a no-op in the log: already undone
        finally:
            self._replaying = False
        self.stack.setClean()

    def perform(self, build: Build, then: Then | None = None) -> Executed | None:
        """Execute (and commit) a command on the writer, then make it undoable.

        ``then(executed)`` runs once it is done (at once unless a job holds the writer); the
        result is also returned when it is done at once. A refusal of the command is raised."""
        project, who = self.project, self.annotator_id
        if project is None:
            return None
        if project.read_only is not None:
            self.blocked.emit()
            return None
        result: list[Executed] = []

        def done(executed: Executed | None) -> None:
            if executed is None or self.project is not project:
                return
            self.stack.push(LoggedCommand(self, executed.event_id, executed.description))
            self.changed.emit(executed.changes)
            result.append(executed)
            if then is not None:
                then(executed)

        try:
            self.writer.call(lambda: history.execute(project, build, who), done, self._queued_failure)
        except StorageError as exc:  # a full disk, an I/O error: said once, nothing written, the file intact
            self.failed.emit(str(exc))
            return None
        return result[0] if result else None

    def attempt(self, build: Build, then: Then | None = None) -> Executed | None:
        """:meth:`perform`, reporting a refusal through ``failed`` instead of raising it
        (e.g. an alignment edit on rows that no longer fit)."""
        try:
            return self.perform(build, then)
        except REFUSALS as exc:
            self.failed.emit(str(exc))
            return None

    def flip(self, event_id: str, *, undo: bool) -> bool:
        """Undo or redo a logged step; False (and ``failed``) when the project refuses it."""
        project = self.project
        if project is None or self._replaying:
            return True
        flip = history.undo if undo else history.redo

        def done(changes: Changes) -> None:
            if self.project is project:
                self.changed.emit(changes)

        def queued_refusal(exc: BaseException) -> None:
            # Refused after the stack moved (the step waited behind a job): the log is the
            # truth, so the stack is rebuilt from it.
            self._queued_failure(exc)
            if self.project is project:
                self.attach(project, self.annotator_id)

        known = self.known_events()
        try:
            self.writer.call(lambda: flip(project, event_id, known), done, queued_refusal)
        except (*REFUSALS, StorageError) as exc:
            # Refused, or the disk failed: the step stays as the log has it (the stack is
            # rebuilt from the log at the next open).
            self.failed.emit(str(exc))
            return False
        return True

    def known_events(self) -> set[str]:
        """The steps on this window's stack: a step logged by anyone else (the command line,
        another window) since makes the project refuse an undo over the same sentences."""
        # Only LoggedCommands are ever pushed (perform and attach).
        return {cast(LoggedCommand, self.stack.command(i)).event_id for i in range(self.stack.count())}

    def _queued_failure(self, exc: BaseException) -> None:
        """A write that waited behind a job and then failed: say so (nobody is waiting to catch it)."""
        if isinstance(exc, Exception):
            self.failed.emit(str(exc))
        else:
            raise exc
