"""Team work in the window: who annotates, everyone's labels, refresh on others' writes,
adjudication, the dashboard and merging copies.

* ``connect`` — opening a project (a password prompt for a team server; nothing secret stored);
* ``annotator`` — the annotator chosen and remembered per project;
* ``chips`` — everyone's labels as chips in the sentence view (Team ▸ Show everyone's labels);
* ``watch`` — the open article refreshes when another process writes to the project;
* ``adjudication`` — Team ▸ Adjudicate disagreements (gold labels, keyboard, undoable);
* ``dashboard`` + ``charts`` — View ▸ Dashboard (QPainter bar charts, saved as PNG);
* ``merge`` — File ▸ Merge annotators' projects….

:class:`TeamTools` is the part the window builds (with its :class:`~sverka.ui.workbench.Workbench`).
"""

from __future__ import annotations

from sverka.db.project import Project
from sverka.ui import settings
from sverka.ui.actions import insert_before_help, top_menu
from sverka.ui.qt import QAction, QInputDialog, QKeySequence, QMenu, QObject
from sverka.ui.teams import annotator
from sverka.ui.teams.adjudication import AdjudicationView
from sverka.ui.teams.chips import EveryonesLabels
from sverka.ui.teams.connect import open_asking, stored_location, title_name
from sverka.ui.teams.dashboard import DashboardWindow
from sverka.ui.teams.merge import MergeCommand
from sverka.ui.teams.watch import ExternalChanges
from sverka.ui.workbench import Workbench

__all__ = ["TeamTools", "open_asking", "stored_location", "title_name"]


class TeamTools(QObject):
    """The team features of one main window (menus: Team, View ▸ Dashboard, File ▸ Merge)."""

    def __init__(self, bench: Workbench, reopen: object) -> None:
        super().__init__(bench.window)
        self.bench = bench
        self.w = w = bench.window
        self.reopen = reopen  # the window's open_project: a new annotator reopens the project
        tr = w.tr
        self.everyone = EveryonesLabels(bench)
        self.watch = ExternalChanges(bench, self.everyone.refresh)
        self.adjudication: AdjudicationView | None = None
        self.dashboard: DashboardWindow | None = None
        self.merging = MergeCommand(bench, self.after_merge)
        self.watch.refreshed.connect(self._refresh_windows)
        AdjudicationView.register_keys(bench, lambda: self.adjudication)
        bench.undo.changed.connect(lambda changes: self.everyone.refresh(changes.sentences))

        menu = QMenu(tr("&Team"), w)
        menu.setObjectName("menu_team")
        self.annotator_action = self._add(menu, tr("&Annotator for this project…"), self.choose_annotator, None)
        self.everyone_action = self._add(
            menu,
            tr("Show &everyone's labels"),
            None,
            "Ctrl+Shift+A",
            tr("Chips of the labels other annotators and the gold gave"),
        )
        self.everyone_action.setCheckable(True)
        self.everyone_action.toggled.connect(lambda on: self.everyone.set_on(on))
        self.one_action = self._add(menu, tr("Show &one annotator's labels…"), self.choose_one, None)
        menu.addSeparator()
        self.adjudicate_action = self._add(
            menu,
            tr("A&djudicate disagreements…"),
            self.show_adjudication,
            "Ctrl+Shift+J",
            tr("Set gold labels where people disagree"),
        )
        insert_before_help(w, menu)
        view = top_menu(w, "view")
        self.dashboard_action = self._add(
            view or menu,
            tr("&Dashboard"),
            self.show_dashboard,
            "Ctrl+Shift+B",
            tr("Progress, agreement and labels as charts"),
        )
        file = top_menu(w, "file")
        self.merge_action = QAction(tr("&Merge annotators' projects…"), w)
        self.merge_action.setToolTip(tr("Join copies of this project that annotators worked on apart"))
        self.merge_action.triggered.connect(lambda *_: self.merging.dialog())
        if file is not None:
            export = next((a for a in file.actions() if a.shortcut() == QKeySequence("Ctrl+E")), None)
            file.insertAction(export, self.merge_action) if export is not None else file.addAction(self.merge_action)

    def _add(self, menu: QMenu, text: str, slot: object, shortcut: str | None, tip: str = "") -> QAction:
        action = QAction(text, self.w)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
        if tip:
            action.setToolTip(tip)
            action.setStatusTip(tip)
        if slot is not None:
            action.triggered.connect(lambda *_: slot())  # type: ignore[operator]
        menu.addAction(action)
        return action

    # --- the project's annotator -------------------------------------------------------------

    def annotator_for(self, project: Project, fallback: str) -> str:
        """Remembered for this project, else the server connection's person, else the
        Preferences' name (``fallback`` when none is set)."""
        return annotator.annotator_for(project, str(settings.get("prefs/annotator")) or fallback)

    def remember_annotator(self, name: str) -> None:
        project = self.bench.context.project
        if project is not None:
            annotator.remember(project, name)

    def choose_annotator(self) -> str | None:
        project = self.bench.context.project
        if project is None:
            return None
        name = annotator.ask(self.w, project, self.bench.context.annotator_name)
        if name and name != self.bench.context.annotator_name:
            annotator.remember(project, name)
            self.reopen(project.path or project.url)  # type: ignore[operator]
        return name

    def choose_one(self, name: str | None = None) -> str | None:
        """Chips of one annotator's labels only (asked when no ``name`` is given)."""
        project = self.bench.context.project
        if project is None:
            return None
        if name is None:
            names = [n for n in annotator.people(project, gold=True) if n != self.bench.context.annotator_name]
            if not names:
                return None
            chosen, ok = QInputDialog.getItem(
                self.w, self.w.tr("Labels of"), self.w.tr("Show the labels of:"), names, 0, False
            )
            if not ok:
                return None
            name = chosen
        self.everyone_action.blockSignals(True)
        self.everyone_action.setChecked(True)
        self.everyone_action.blockSignals(False)
        self.everyone.set_on(True, name)
        self.bench.nav.say(self.w.tr("Showing the labels of %1 (Ctrl+Shift+A: mine only)").replace("%1", name))
        return name

    # --- project open / close -------------------------------------------------------------

    def project_opened(self) -> None:
        self.everyone.reload()
        self.watch.start()
        for window in (self.adjudication, self.dashboard):
            if window is not None:
                window.close()

    def project_closing(self) -> None:
        self.watch.stop()

    def after_merge(self) -> None:
        self.bench.articles.model.reload()
        self.bench.undo.attach(self.bench.context.project, self.bench.context.annotator_id)
        self.bench.nav.reload_rows()
        self.everyone.reload()
        self.watch.mark_seen()

    # --- windows ---------------------------------------------------------------------------

    def show_adjudication(self) -> AdjudicationView | None:
        if self.bench.context.project is None:
            return None
        if self.adjudication is None:
            self.adjudication = AdjudicationView(self.bench)
        self.adjudication._fill_labels()
        self.adjudication.reload()
        self.adjudication.show()
        self.adjudication.activateWindow()
        self.adjudication.table.setFocus()
        return self.adjudication

    def _refresh_windows(self) -> None:
        for window in (self.adjudication, self.dashboard):
            if window is not None and window.isVisible():
                window.reload()

    def show_dashboard(self) -> DashboardWindow | None:
        if self.bench.context.project is None:
            return None
        if self.dashboard is None:
            self.dashboard = DashboardWindow(self.bench)
        self.dashboard.reload()
        self.dashboard.show()
        return self.dashboard
