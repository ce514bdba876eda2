"""The names panel's curation actions: merge, split, rename, "not a name", style, detect.

Each one is an undoable command through the window's undo controller; a refusal (an unknown
or stale entity) is shown in the status bar instead. The panel is reached through the small
:class:`NameSelection` protocol (what is selected there), so this module does not import it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Protocol

from sverka.ops.history import Command, Macro, Session
from sverka.ops.names import commands as cmds
from sverka.ops.views.names import VariantRow
from sverka.ui.qt import QInputDialog, QWidget
from sverka.ui.workbench import Workbench
from sverka.ui.workers import Job


class NameSelection(Protocol):
    """What the names panel shows selected (implemented by :class:`~sverka.ui.names_panel.NamesDock`)."""

    def selected_entities(self) -> list[str]: ...

    def current_entity(self) -> str | None: ...

    def current_variant(self) -> VariantRow | None: ...

    def canonical_of(self, entity_id: str) -> str | None: ...

    def reload(self) -> None: ...


class NameCuration:
    """The curation commands of one names panel."""

    def __init__(self, selection: NameSelection, bench: Workbench, parent: QWidget) -> None:
        self.selection = selection
        self.bench = bench
        self.parent = parent

    def _perform(self, build: Callable[[Session], Command | None]) -> bool:
        if self.bench.context.project is None:
            return False
        try:
            return self.bench.undo.perform(build) is not None
        except (LookupError, ValueError) as exc:
            self.bench.nav.say(str(exc.args[0] if exc.args else exc))
            return False

    def merge_selected(self) -> bool:
        """Merge every selected entity into the most mentioned of them (one undo step)."""
        ids = self.selection.selected_entities()  # the model is sorted by mentions: the first one stays
        if len(ids) < 2:
            return False
        return self._perform(lambda s: cmds.build_merge_many(s, ids[0], ids[1:]))

    def split_variant(self) -> bool:
        variant = self.selection.current_variant()
        return variant is not None and self._perform(lambda s: cmds.build_split(s, variant.id))

    def rename(self, name: str) -> bool:
        entity = self.selection.current_entity()
        return entity is not None and bool(name.strip()) and self._perform(lambda s: cmds.build_rename(s, entity, name))

    def rename_dialog(self) -> None:
        entity = self.selection.current_entity()
        canonical = self.selection.canonical_of(entity) if entity else None
        if canonical is None:
            return
        tr = self.parent.tr
        name, ok = QInputDialog.getText(self.parent, tr("Rename"), tr("Canonical name:"), text=canonical)
        if ok:
            self.rename(name)

    def not_a_name(self, variant: bool = False) -> bool:
        if variant:
            v = self.selection.current_variant()
            return v is not None and self._perform(lambda s: cmds.build_not_a_name(s, variant_id=v.id))
        ids = self.selection.selected_entities()
        if not ids:
            return False

        def build(s: Session) -> Command | None:
            steps = [c for c in (cmds.build_not_a_name(s, entity_id=e) for e in ids) if c is not None]
            return steps[0] if len(steps) == 1 else (Macro(steps, f"not a name: {len(steps)}") if steps else None)

        return self._perform(build)

    def set_style(self) -> bool:
        """The selected spelling becomes the project's choice in its language."""
        entity, v = self.selection.current_entity(), self.selection.current_variant()
        if entity is None or v is None:
            return False
        lang = v.lang or ("ru" if v.script == "cyrillic" else "en")
        return self._perform(lambda s: cmds.build_style(s, entity, lang, v.spelling))

    def detect(self) -> Job | None:
        """Find mentions in the whole project on the writer thread, then refresh."""
        project = self.bench.context.project
        if project is None or self.bench.nav.refuse_write():
            return None

        def fn(progress: Any, cancel: Any) -> Any:
            from sverka.ops.names.detect import detect_mentions

            return detect_mentions(project, progress=progress, cancel=cancel)

        job = Job(fn)
        job.signals.finished.connect(self._detected)
        return self.bench.tasks.run(job)

    def _detected(self, summary: Any) -> None:
        self.selection.reload()
        self.bench.nav.say(self.parent.tr("%1 name mentions found").replace("%1", str(summary.mentions)))
