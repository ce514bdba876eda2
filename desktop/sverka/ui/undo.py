"""Thin QUndoCommands over the event log of :mod:`sverka.ops.history`.

An action is executed (and committed) by the core first, then pushed; ``push`` calls
``redo``, so the first ``redo`` of a freshly executed command does nothing. After a restart
the stack is rebuilt from the log, so Ctrl+Z reaches back into yesterday's work.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack
from sqlalchemy.orm import Session

from sverka.db.project import Project
from sverka.ops import history
from sverka.ops.history import Command, Executed


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

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.stack = QUndoStack(self)
        self.stack.setUndoLimit(0)
        self.project: Project | None = None
        self.annotator_id: str | None = None
        self._replaying = False

    def attach(self, project: Project | None, annotator_id: str | None) -> None:
        """Switch project/annotator and rebuild the stack from the event log."""
        self.project, self.annotator_id = project, annotator_id
        self.stack.clear()
        if project is None:
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

    def perform(self, build: Callable[[Session], Command | None]) -> Executed | None:
        """Execute (and commit) a command, then make it undoable."""
        if self.project is None:
            return None
        executed = history.execute(self.project, build, self.annotator_id)
        if executed is None:
            return None
        self.stack.push(LoggedCommand(self, executed.event_id, executed.description))
        self.changed.emit(executed.changes)
        return executed

    def attempt(self, build: Callable[[Session], Command | None]) -> Executed | None:
        """:meth:`perform`, reporting a refusal through ``failed`` instead of raising it
        (e.g. an alignment edit on rows that no longer fit)."""
        try:
            return self.perform(build)
        except (ValueError, LookupError) as exc:
            self.failed.emit(str(exc))
            return None

    def flip(self, event_id: str, *, undo: bool) -> bool:
        """Undo or redo a logged step; False (and ``failed``) when the project refuses it."""
        if self.project is None or self._replaying:
            return True
        try:
            changes = history.undo(self.project, event_id) if undo else history.redo(self.project, event_id)
        except (ValueError, LookupError) as exc:
            self.failed.emit(str(exc))
            return False
        self.changed.emit(changes)
        return True
