"""The main window: article list, side-by-side sentences, label palette, status bar.

The window builds its parts — each an object given what it works on (a
:class:`~sverka.ui.workbench.Workbench`) and plugged in through declared extension points —
and keeps only what is the window's own: opening a project, showing an article, refreshing
after a command, focus and dialogs. See :mod:`sverka.ui.workbench` for the extension points.
"""

from __future__ import annotations

import importlib
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sverka.ui import settings
from sverka.ui.qt import (
    QByteArray,
    QCloseEvent,
    QDragEnterEvent,
    QDropEvent,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QPoint,
    QSplitter,
    Qt,
    QTimer,
    QVBoxLayout,
    QWidget,
)

# Only Qt and the settings at import: the parts (and through them the ops layer, SQLAlchemy
# and the models, ~2/3 of a start) load in ``build_parts``, so ``sverka gui`` can paint the
# window's frame first and open the project after (issue 17: first paint <= 1 s).
if TYPE_CHECKING:
    from sverka.db.project import Project
    from sverka.ops.history import Changes
    from sverka.ui.actions import MenuSlots
    from sverka.ui.dialogs.export import ExportDialog, ExportRequest
    from sverka.ui.dialogs.info import ShortcutsDialog
    from sverka.ui.dialogs.preferences import PreferencesDialog
    from sverka.ui.workers import Job

ARTICLE_REFRESH_MS = 60
# What build_parts imports (and through them the ops layer, SQLAlchemy and the models).
PART_MODULES = (
    "sverka.ui.actions",
    "sverka.ui.appearance",
    "sverka.ui.article_panel",
    "sverka.ui.files",
    "sverka.ui.labeling",
    "sverka.ui.layout",
    "sverka.ui.names_panel",
    "sverka.ui.palette",
    "sverka.ui.read_only",
    "sverka.ui.review",
    "sverka.ui.row_edits",
    "sverka.ui.search_hits",
    "sverka.ui.session_mode",
    "sverka.ui.suggestions",
    "sverka.ui.teams",
    "sverka.ui.translate_action",
    "sverka.ui.undo",
    "sverka.ui.workbench",
)


def preload_parts() -> None:
    """Import the parts now (bench/bench_gui.py times them apart from building the window)."""
    for name in PART_MODULES:
        importlib.import_module(name)


class MainWindow(QMainWindow):
    """One open project; every write goes through ``self.undo`` (ops commands) or ``self.tasks``."""

    def __init__(self, annotator: str, *, parts: bool = True) -> None:
        """``parts=False`` makes only the frame (a placeholder of the panes, in the saved
        geometry) to paint at once; :meth:`build_parts` then makes the window proper."""
        super().__init__()
        self.setWindowTitle("Sverka")
        self._annotator = annotator
        self.built = False
        if parts:
            self.build_parts()
        else:
            self._show_frame()

    def _show_frame(self) -> None:
        """What the window looks like before its parts are loaded: the article list's place
        with its search field, the sentences' place, and where the window was last time."""
        frame = QSplitter(Qt.Orientation.Horizontal)
        panel = QWidget()
        box = QVBoxLayout(panel)
        box.setContentsMargins(4, 4, 4, 4)
        search = QLineEdit()
        search.setPlaceholderText(self.tr("Search both languages…"))
        search.setEnabled(False)
        box.addWidget(search)
        box.addStretch(1)
        frame.addWidget(panel)
        frame.addWidget(QWidget())
        frame.addWidget(QWidget())
        frame.setStretchFactor(1, 1)
        frame.setSizes([470, 760, 210])
        self.setCentralWidget(frame)
        geometry = settings.settings().value("window/geometry")
        if not isinstance(geometry, QByteArray) or not self.restoreGeometry(geometry):
            self.resize(1400, 860)
        self.statusBar().showMessage(self.tr("Opening…"))
        # Not yet "Sverka": a window of that name takes keys (the GUI kill suite, xdotool, waits
        # for it), and the sentences exist only once the parts are built.
        self.setWindowTitle(self.tr("Opening…"))

    def build_parts(self) -> None:
        """Make the window's parts (once): the panes, the menus, every feature's part."""
        if self.built:
            return
        self.built = True
        from sverka.ui.actions import build_menus
        from sverka.ui.appearance import Appearance
        from sverka.ui.article_panel import ArticlePanel
        from sverka.ui.context import ProjectContext
        from sverka.ui.files import FileCommands
        from sverka.ui.keys import KeyTable
        from sverka.ui.labeling import Labeling
        from sverka.ui.layout import WindowLayout
        from sverka.ui.models.alignment import AlignmentModel
        from sverka.ui.models.labels import LabelCatalog
        from sverka.ui.names_panel import NamesDock
        from sverka.ui.palette import LabelPalette
        from sverka.ui.read_only import ReadOnlyBanner
        from sverka.ui.review import ReviewTools
        from sverka.ui.row_edits import RowEdits
        from sverka.ui.search_hits import SearchHits
        from sverka.ui.sentence_view import ArticleHeader, SentenceView
        from sverka.ui.session_mode import SessionMode
        from sverka.ui.suggestions import Suggestions
        from sverka.ui.teams import TeamTools
        from sverka.ui.translate_action import TranslateTools
        from sverka.ui.undo import UndoController
        from sverka.ui.workbench import Workbench
        from sverka.ui.workers import Tasks
        from sverka.ui.writer import Writer

        self.statusBar().clearMessage()
        self.setWindowTitle("Sverka")
        annotator = self._annotator
        self.setAcceptDrops(True)
        self.context = ProjectContext(annotator)
        self.catalog = LabelCatalog([])
        self.tasks = Tasks(self)
        self.writer = Writer(self.tasks, self)
        self.undo = UndoController(self.writer, self)
        self.undo.changed.connect(self.apply_changes)
        self.undo.failed.connect(self.show_failure)
        self.undo.blocked.connect(lambda: self.refuse_write())  # a read-only project: said, not tried
        self.failure_box: QMessageBox | None = None
        self.missing_box: QMessageBox | None = None
        self.translation_of: dict[str, str] = {}  # article id -> the translation shown (this run)
        # Article-list rows (progress, status) are refreshed once keys pause, not per key press:
        # a 0 ms timer could still run before the repaint (Qt posts repaints at low priority).
        self._stale_articles: set[str] = set()
        self._article_timer = QTimer(self)
        self._article_timer.setSingleShot(True)
        self._article_timer.setInterval(ARTICLE_REFRESH_MS)
        self._article_timer.timeout.connect(self._refresh_articles)

        self.keys = KeyTable()
        self.articles = ArticlePanel()
        self.articles.articleActivated.connect(self.show_article)
        self.alignment = AlignmentModel(self)
        self.header = ArticleHeader()
        self.view = SentenceView()
        self.view.setModel(self.alignment)
        self.view.register_keys(self.keys)
        self.view.customContextMenuRequested.connect(self._context_menu)
        self.header.translationChosen.connect(self.choose_translation)
        self.label_panel = LabelPalette()
        self.label_panel.schemaChosen.connect(self.choose_schema)
        self.label_panel.editSchema.connect(self.schema_editor)
        centre = QWidget()
        box = QVBoxLayout(centre)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(0)
        self.read_only_banner = ReadOnlyBanner()
        box.addWidget(self.read_only_banner)
        box.addWidget(self.header)
        box.addWidget(self.view)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.articles)
        self.splitter.addWidget(centre)
        self.splitter.addWidget(self.label_panel)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([470, 760, 210])
        self.setCentralWidget(self.splitter)
        self.who = QLabel()
        self.statusBar().addPermanentWidget(self.who)

        # The parts, each given what it works on; later ones plug into the menus built here.
        bench = self.bench = Workbench(
            window=self,
            context=self.context,
            nav=self,
            articles=self.articles,
            view=self.view,
            alignment=self.alignment,
            header=self.header,
            undo=self.undo,
            tasks=self.tasks,
            writer=self.writer,
            keys=self.keys,
        )
        self.session = SessionMode(bench)
        self.row_edits = RowEdits(bench)
        self.files = FileCommands(bench, self.open_project)
        self.appearance = Appearance(self, self.view, self.splitter)
        self.actions_ = build_menus(self, self._menu_slots(), self.undo.stack, self.files.recent, self.row_edits)
        bench.row_menu.actions = self.actions_.rows  # the row edits first; review adds its actions
        self.labeling = Labeling(bench, self.session, self.actions_.advance)
        self.view.labelKey.connect(self.labeling.toggle_label)
        self.view.noteKey.connect(self.labeling.edit_note)
        self.view.reviewKey.connect(self.labeling.toggle_reviewed)
        self.label_panel.labelClicked.connect(self.labeling.palette_clicked)
        self.translate = TranslateTools(bench)  # machine translation (issue 4): Tools menu
        self.names = NamesDock(bench)  # names (issue 5): panel + mention highlights
        self.review = ReviewTools(bench)  # review (issue 4): post-edit, MQM, revisions
        self.suggestions = Suggestions(bench, self.session)  # suggestions (issue 16): chips, accept key
        self.teams = TeamTools(bench, self.open_project)  # teams (issue 10): annotators, gold, dashboard, merge
        self.actions_.advance.setChecked(bool(settings.get("prefs/one_key_advance")))
        self.appearance.apply_font()
        self.appearance.restore_layout()
        self.search_hits = SearchHits(bench)  # issue 15 item 7: marked, counted, F3 / Shift+F3
        self.layout_ = WindowLayout(bench, self.splitter, self.label_panel, self.names)  # issue 15 item 5
        self.layout_.fit_window()
        if settings.settings().value("window/splitter") is None:
            self.layout_.balance()
        self.files.refresh_recent()
        if self.isVisible():
            # Built after the frame showed: children added to a visible window are shown only at
            # the next event-loop turn, and the sentences could not take the focus before that
            # (keys typed while the project opens would be lost).
            self.splitter.show()
            if settings.settings().value("window/splitter") is None:
                # Balanced above while the splitter was hidden, its panes got no width at all.
                self.layout_.balance()

    def _menu_slots(self) -> MenuSlots:
        from sverka.ui.actions import MenuSlots

        files, look = self.files, self.appearance
        return MenuSlots(
            new_project=files.new_project_dialog,
            open_project=files.open_project_dialog,
            import_files=files.import_files_dialog,
            import_folder=files.import_folder_dialog,
            export=self.export_dialog,
            quit=self.close,
            find=self.focus_search,
            article_list=self.focus_articles,
            sentences=self.focus_sentences,
            note=lambda: self.labeling.edit_note(),
            reviewed=lambda: self.labeling.toggle_reviewed(),
            one_key_advance=look.set_one_key_advance,
            schema_editor=self.schema_editor,
            preferences=self.preferences,
            zoom=look.zoom,
            theme=look.set_theme,
            step_article=self.step_article,
            session_start=self.start_session_dialog,
            session_next=self.session_next,
            session_stop=self.stop_session,
            shortcuts=self.show_shortcuts,
            about=self.show_about,
        )

    # --- the open project (kept in the context the parts share) ---------------------------

    @property
    def project(self) -> Project | None:
        return self.context.project if self.built else None

    @property
    def annotator_id(self) -> str | None:
        return self.context.annotator_id

    @property
    def annotator_name(self) -> str:
        return self.context.annotator_name

    # --- the parts' commands, as the window's (menus, tests) ------------------------------

    def toggle_label(self, label_id: str) -> None:
        self.labeling.toggle_label(label_id)

    @property
    def note_dialog(self) -> QWidget | None:
        return self.labeling.note_dialog

    def import_paths(self, paths: Sequence[Path]) -> Job | None:
        return self.files.import_paths(paths)

    @property
    def last_import(self) -> Any:
        return self.files.last_import

    def export_dialog(self) -> ExportDialog | None:
        return self.files.export_dialog(lambda request: self.export(request))  # the window's export: tests wrap it

    def export(self, request: ExportRequest) -> Job | None:
        return self.files.export(request)

    def zoom(self, step: int) -> None:
        self.appearance.zoom(step)

    def preferences(self) -> PreferencesDialog:
        from sverka.ops import settings as project_settings
        from sverka.ui.dialogs.preferences import PreferencesDialog

        languages: tuple[str, ...] | bool | None = False
        if self.project is not None:
            languages = project_settings.project_languages(self.project)
        dialog = PreferencesDialog(self, languages)
        dialog.accepted.connect(lambda: self._store_project_languages(dialog))
        dialog.accepted.connect(self._preferences_saved)
        dialog.open()
        return dialog

    def _store_project_languages(self, dialog: PreferencesDialog) -> None:
        """Write the project's languages in the writer's turn (an import may be writing)."""
        from sverka.ops import settings as project_settings
        from sverka.ui.language_names import name_of

        project = self.project
        if project is None or not dialog.languages_changed or self.refuse_write():
            return
        chosen = dialog.chosen_languages
        shown = ", ".join(name_of(c) for c in chosen) if chosen else self.tr("every language")
        self.writer.call(
            lambda: project_settings.set_project_languages(project, chosen),
            lambda _: self.statusBar().showMessage(self.tr("Languages of this project: %1").replace("%1", shown), 8000),
        )

    def _preferences_saved(self) -> None:
        self.appearance.set_theme(str(settings.get("prefs/theme")))
        self.actions_.advance.setChecked(bool(settings.get("prefs/one_key_advance")))
        self.appearance.apply_font()
        name = str(settings.get("prefs/annotator"))
        if name and name != self.context.annotator_name and self.project is not None:
            self.context.annotator_name = name
            self.teams.remember_annotator(name)  # the name is this project's from now on
            self.open_project(self.project.path or self.project.url)

    # --- project -------------------------------------------------------------------------

    def open_project(self, target: str | Path, create: bool = False) -> bool:
        """Open a project and show its last-worked article with focus on the sentences."""
        from sverka.db.project import ProjectError
        from sverka.ops import settings as project_settings
        from sverka.ops.annotation import schemas
        from sverka.ops.views import article_list, side_by_side
        from sverka.ui.teams import open_asking, stored_location, title_name

        self.build_parts()
        if not create and "://" not in str(target) and not Path(target).exists():
            self.offer_new_project(Path(target))  # a GUI user is not sent to `sverka init`
            return False
        try:
            project = open_asking(self, target, create=create)  # a team server may ask a password
            name = self.teams.annotator_for(project, self.context.annotator_name)  # remembered per project
            if project.read_only is not None:  # read it as it is: no write is even attempted
                with project.sessions() as session:
                    annotator_id: str | None = schemas.find_annotator_id(session, name)
            else:
                with project.transaction() as session:
                    if create:
                        schemas.install_default_schemas(session)
                        project_settings.write_project_languages(session, None)  # a new project: every language
                    annotator_id = schemas.annotator_id(session, name)
        except (ProjectError, schemas.SchemaError) as exc:
            QMessageBox.warning(self, self.tr("Cannot open project"), str(exc))
            return False
        self.close_project()
        self.context.project, self.context.annotator_id = project, annotator_id
        self.context.annotator_name = name
        title = f"{title_name(project)} — Sverka"  # a server's database name, never its URL
        self.setWindowTitle(title if project.read_only is None else self.tr("%1 (read-only)").replace("%1", title))
        self.read_only_banner.show_for(project)
        self.who.setText(self.tr("Annotator: %1").replace("%1", self.annotator_name))
        self.undo.attach(project, annotator_id)
        self.names.set_project(project)
        self.alignment.set_project(project, annotator_id)
        self.reload_labels()
        self.articles.model.set_project(project)
        with project.sessions() as session:
            self.articles.set_languages(article_list.project_languages(session))
            first = side_by_side.last_article(session, annotator_id)
        settings.put("last/project", stored_location(project))  # never a password
        if project.path is not None:
            self.files.refresh_recent(settings.add_recent(str(project.path)))
        self.show_article(first)
        self.session.project_opened()
        self.suggestions.project_opened()
        self.teams.project_opened()
        self.files.finish_interrupted()  # alignment and names a killed import left
        return True

    def offer_new_project(self, path: Path) -> QMessageBox:
        """No project at ``path``: offer to create it there, or File ▸ New project elsewhere."""
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("No such project"),
            self.tr("%1 does not exist. Create a new project there, or choose where?").replace("%1", str(path)),
            QMessageBox.StandardButton.Cancel,
            self,
        )
        create = box.addButton(self.tr("&Create it"), QMessageBox.ButtonRole.AcceptRole)
        elsewhere = box.addButton(self.tr("&New project…"), QMessageBox.ButtonRole.ActionRole)
        box.setDefaultButton(create)

        def answered(_: int) -> None:
            if box.clickedButton() is create:
                self.open_project(path, create=True)
            elif box.clickedButton() is elsewhere:
                self.files.new_project_dialog()

        box.finished.connect(answered)
        box.open()
        self.missing_box = box
        return box

    def close_project(self) -> None:
        """Cancel running jobs (translation, import, export), then close: never a hung close."""
        if self.tasks.busy:
            self.statusBar().showMessage(self.tr("Stopping the running job…"))
        self.tasks.shutdown()
        self._article_timer.stop()
        self._stale_articles.clear()
        self.translation_of.clear()
        self.session.project_closing()
        self.suggestions.project_closing()
        self.teams.project_closing()
        if self.project is not None:
            self.project.close()
        self.context.project = None

    def reload_labels(self) -> None:
        from sverka.ops.annotation import schemas
        from sverka.ui.models.labels import LabelCatalog

        if self.project is None:
            return
        with self.project.sessions() as session:
            labels = schemas.list_labels(session)
        self.catalog = LabelCatalog(labels, str(settings.get("prefs/schema")) or None)
        self.view.set_catalog(self.catalog)
        self.label_panel.set_catalog(self.catalog)
        self.view.fit_rows()

    def choose_schema(self, name: str) -> None:
        settings.put("prefs/schema", name)
        self.reload_labels()
        self.focus_sentences()

    # --- the sentence view -----------------------------------------------------------------

    def show_article(self, article_id: str | None, sentence_id: str | None = None) -> None:
        current = self.alignment.article.id if self.alignment.article else None
        if article_id != current:
            self.alignment.load(article_id, self.translation_of.get(article_id or ""))
            self.header.show_article(self.alignment)
            self.view.fit_rows()
        if article_id and article_id not in self.articles.selected_ids():
            self.articles.select(article_id)  # the list shows what is open (a session, a search hit, F3)
        row = self.alignment.row_of(sentence_id) if sentence_id else None
        column = self.alignment.column_of(sentence_id) if sentence_id else 0
        self.view.go_to(
            row if row is not None else (0 if article_id != current else self.view.currentIndex().row()),
            column,
        )
        self.focus_sentences()

    def choose_translation(self, translation_id: str) -> None:
        """Show another translation of the article on the right; remembered for this article."""
        article = self.alignment.article
        if article is None:
            return
        self.translation_of[article.id] = translation_id
        self.reload_rows()
        self.header.show_article(self.alignment)

    def reload_rows(self) -> None:
        """Re-read the rows (links changed), keeping the cursor on the same sentence."""
        index = self.view.currentIndex()
        keep = self.current_sentences()
        article = self.alignment.article
        self.alignment.reload_rows(self.translation_of.get(article.id) if article else None)
        self.view.fit_rows()
        row = self.alignment.row_of(keep[0]) if keep else None
        self.view.go_to(row if row is not None else index.row(), index.column())

    def step_article(self, delta: int) -> None:
        model = self.articles.model
        current = self.alignment.article.id if self.alignment.article else None
        row = model.row_of(current) if current else None
        target = model.article_id((row if row is not None else -1) + delta)
        if target:
            self.show_article(target)

    def current_sentences(self) -> tuple[str, ...]:
        return self.view.current_sentences()

    def apply_changes(self, changes: Changes) -> None:
        """Refresh only what a command (or its undo) touched; follow it to its article."""
        if changes.schema:
            self.reload_labels()  # labels, keys and chips change
            return
        if not changes.sentences and not changes.articles:
            return  # e.g. a names curation: the names panel refreshes itself
        shown = self.alignment.article.id if self.alignment.article else None
        if changes.alignment and shown in changes.articles:
            self.reload_rows()  # an alignment edit here: rows come and go
            rows = [self.view.currentIndex().row()]
        else:
            rows = self.alignment.refresh_sentences(changes.sentences)
            self.view.fit_rows(rows)
        self._stale_articles |= changes.articles
        self._article_timer.start()
        if not rows and changes.sentences and self.project is not None:
            # An undo in another article: show it, so the annotator sees what came back.
            from sverka.ops.views import side_by_side

            sid = next(iter(changes.sentences))
            with self.project.sessions() as session:
                article = side_by_side.article_of_sentence(session, sid)
            if article:
                self.show_article(article, sid)

    def _refresh_articles(self) -> None:
        stale, self._stale_articles = self._stale_articles, set()
        self.articles.model.refresh(stale)

    def show_failure(self, message: str) -> QMessageBox:
        """A command or an undo that could not be done (e.g. rows changed since, a full disk): say
        so, go on. One box at a time: failures while it is open (keys pressed on a full disk)
        update it instead of stacking dialogs."""
        box = self.failure_box
        if box is not None and box.isVisible():
            box.setText(message)
            self.statusBar().showMessage(message, 8000)
            return box
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Sverka"), message, QMessageBox.StandardButton.Ok, self)
        box.finished.connect(lambda _: self.focus_sentences())
        box.open()
        self.failure_box = box
        self.statusBar().showMessage(message, 8000)
        return box

    def _context_menu(self, pos: QPoint) -> None:
        self.row_edits.context_menu(pos, self.bench.row_menu.actions)

    def refuse_write(self) -> bool:
        """True (and a status-bar line) when the open project is read-only: the caller writes nothing."""
        from sverka.ui.read_only import refusal

        message = refusal(self.project, self)
        if message is not None:
            self.statusBar().showMessage(message, 8000)
        return message is not None

    def say(self, message: str, msecs: int = 5000) -> None:
        self.statusBar().showMessage(message, msecs)

    # --- focus, dialogs, sessions -------------------------------------------------------

    def focus_search(self) -> None:
        self.articles.search.setFocus()
        self.articles.search.selectAll()

    def focus_articles(self) -> None:
        self.articles.table.setFocus()

    def focus_sentences(self) -> None:
        self.view.setFocus()

    def show_shortcuts(self) -> ShortcutsDialog:
        from sverka.ui.dialogs.info import ShortcutsDialog
        from sverka.ui.keymap import keymap

        dialog = ShortcutsDialog(self, keymap(self, self.keys))
        dialog.open()
        return dialog

    def show_about(self) -> QMessageBox:
        from sverka.ui.dialogs.info import about_box

        return about_box(self)

    def schema_editor(self) -> QWidget | None:
        from sverka.ui.dialogs.schema_editor import SchemaEditor

        if self.project is None or self.catalog.schema is None:
            return None
        dialog = SchemaEditor(self, self.project, self.catalog.schema, self.undo)
        dialog.schemaChosen.connect(lambda name: settings.put("prefs/schema", name))  # a new or imported one
        dialog.finished.connect(lambda _: self.reload_labels())
        dialog.open()
        return dialog

    def start_session_dialog(self) -> QWidget | None:
        return self.session.start_dialog()

    def session_next(self) -> None:
        self.session.next()

    def stop_session(self) -> None:
        self.session.stop()

    # --- window state and drops -------------------------------------------------------------

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.built:  # closed while the frame was still loading: nothing to save or close
            self.appearance.save_layout()
            self.close_project()
        super().closeEvent(event)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [Path(u.toLocalFile()) for u in event.mimeData().urls() if u.isLocalFile()]
        if paths and self.built:
            event.acceptProposedAction()
            self.files.import_paths(paths)
