"""The names panel's curation actions: merge, split, rename, "not a name", style, detect.

Each one is an undoable command on the main window's undo stack; a refusal (an unknown or
stale entity) is shown in the status bar instead.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QInputDialog
from sqlalchemy.orm import Session

from sverka.ops.history import Command
from sverka.ops.names import commands as cmds

if TYPE_CHECKING:
    from sverka.ui.names_panel import NamesDock


class NameCuration:
    """Mixed into :class:`NamesDock`; kept apart so the panel module stays small."""

    def _dock(self) -> NamesDock:
        from sverka.ui.names_panel import NamesDock

        assert isinstance(self, NamesDock)
        return self

    def _perform(self, build: Callable[[Session], Command | None]) -> bool:
        window = self._dock().window_
        if window is None:
            return False

        def guarded(session: Session) -> Command | None:
            try:
                return build(session)
            except (LookupError, ValueError) as exc:
                message = str(exc.args[0] if exc.args else exc)
                QTimer.singleShot(0, lambda: self._status(message))
                return None

        return window.undo.perform(guarded) is not None

    def merge_selected(self) -> bool:
        """Merge every selected entity into the most mentioned of them (one undo step)."""
        ids = self._dock().selected_entities()  # the model is sorted by mentions: the first one stays
        if len(ids) < 2:
            return False
        return self._perform(lambda s: cmds.build_merge_many(s, ids[0], ids[1:]))

    def split_variant(self) -> bool:
        variant = self._dock().current_variant()
        return variant is not None and self._perform(lambda s: cmds.build_split(s, variant.id))

    def rename(self, name: str) -> bool:
        entity = self._dock().current_entity()
        return entity is not None and bool(name.strip()) and self._perform(lambda s: cmds.build_rename(s, entity, name))

    def rename_dialog(self) -> None:
        d = self._dock()
        row = d.model.row_of(d.current_entity() or "")
        if row is None:
            return
        name, ok = QInputDialog.getText(d, d.tr("Rename"), d.tr("Canonical name:"),
                                        text=d.model.rows[row].canonical)  # fmt: skip
        if ok:
            self.rename(name)

    def not_a_name(self, variant: bool = False) -> bool:
        d = self._dock()
        if variant:
            v = d.current_variant()
            return v is not None and self._perform(lambda s: cmds.build_not_a_name(s, variant_id=v.id))
        ids = d.selected_entities()
        if not ids:
            return False
        from sverka.ops.history import Macro

        def build(s: Session) -> Command | None:
            steps = [c for c in (cmds.build_not_a_name(s, entity_id=e) for e in ids) if c is not None]
            return steps[0] if len(steps) == 1 else (Macro(steps, f"not a name: {len(steps)}") if steps else None)

        return self._perform(build)

    def set_style(self) -> bool:
        """The selected spelling becomes the project's choice in its language."""
        d = self._dock()
        entity, v = d.current_entity(), d.current_variant()
        if entity is None or v is None:
            return False
        lang = v.lang or ("ru" if v.script == "cyrillic" else "en")
        return self._perform(lambda s: cmds.build_style(s, entity, lang, v.spelling))

    def detect(self) -> None:
        """Find mentions in the whole project on the writer thread, then refresh."""
        d = self._dock()
        if d.window_ is None or d.project is None:
            return
        from sverka.ui.workers import Job

        project = d.project

        def fn(progress: Any, cancel: Any) -> Any:
            from sverka.ops.names.detect import detect_mentions

            return detect_mentions(project, progress=progress, cancel=cancel)

        job = Job(fn)
        job.signals.finished.connect(self._detected)
        d.window_.tasks.run(job)

    def _detected(self, summary: Any) -> None:
        d = self._dock()
        d.reload()
        self._status(d.tr("%1 name mentions found").replace("%1", str(summary.mentions)))

    def _status(self, message: str) -> None:
        window = self._dock().window_
        if window is not None:
            window.statusBar().showMessage(message, 5000)
