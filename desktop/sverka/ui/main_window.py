"""The main window: article list, side-by-side sentences, label palette, status bar."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from sverka.db.project import Project, ProjectError, open_project
from sverka.ops.annotation import schemas
from sverka.ops.history import Changes
from sverka.ops.views import article_list, side_by_side
from sverka.ui import settings
from sverka.ui.actions import build_menus
from sverka.ui.appearance import AppearanceActions
from sverka.ui.article_panel import ArticlePanel
from sverka.ui.dialogs.info import ShortcutsDialog, about_box
from sverka.ui.files import FileActions
from sverka.ui.labeling import LabelingActions
from sverka.ui.models.alignment import AlignmentModel
from sverka.ui.models.labels import LabelCatalog
from sverka.ui.palette import LabelPalette
from sverka.ui.row_edits import RowEdits
from sverka.ui.sentence_view import ArticleHeader, SentenceView
from sverka.ui.session_mode import SessionMode
from sverka.ui.undo import UndoController
from sverka.ui.workers import Tasks

ARTICLE_REFRESH_MS = 60


class MainWindow(FileActions, LabelingActions, AppearanceActions, QMainWindow):
    """One open project; every write goes through ``self.undo`` (ops commands)."""

    def __init__(self, annotator: str) -> None:
        super().__init__()
        self.setWindowTitle("Sverka")
        self.setAcceptDrops(True)
        self.annotator_name = annotator
        self.project: Project | None = None
        self.annotator_id: str | None = None
        self.catalog = LabelCatalog([])
        self.tasks = Tasks(self)
        self.undo = UndoController(self)
        self.undo.changed.connect(self.apply_changes)
        self.undo.failed.connect(self.show_failure)
        self.note_dialog = None
        self.failure_box: QMessageBox | None = None
        self.row_edits = RowEdits(self)
        self.translation_of: dict[str, str] = {}  # article id -> the translation shown (this run)
        # Article-list rows (progress, status) are refreshed once keys pause, not per key press:
        # a 0 ms timer could still run before the repaint (Qt posts repaints at low priority).
        self._stale_articles: set[str] = set()
        self._article_timer = QTimer(self)
        self._article_timer.setSingleShot(True)
        self._article_timer.setInterval(ARTICLE_REFRESH_MS)
        self._article_timer.timeout.connect(self._refresh_articles)

        self.articles = ArticlePanel()
        self.articles.articleActivated.connect(self.show_article)
        self.alignment = AlignmentModel(self)
        self.header = ArticleHeader()
        self.view = SentenceView()
        self.view.setModel(self.alignment)
        self.view.labelKey.connect(self.toggle_label)
        self.view.noteKey.connect(self.edit_note)
        self.view.reviewKey.connect(self.toggle_reviewed)
        self.view.customContextMenuRequested.connect(self._context_menu)
        self.header.translationChosen.connect(self.choose_translation)
        self.label_panel = LabelPalette()
        self.label_panel.labelClicked.connect(self._palette_clicked)
        self.label_panel.schemaChosen.connect(self.choose_schema)
        self.label_panel.editSchema.connect(self.schema_editor)
        centre = QWidget()
        box = QVBoxLayout(centre)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(0)
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
        self.session = SessionMode(self)
        self.actions_ = build_menus(self)
        from sverka.ui.translate_action import TranslateTools  # machine translation (issue 4): Tools menu

        self.translate = TranslateTools(self)
        self.translate.attach(self)
        from sverka.ui.names_panel import NamesDock  # names (issue 5): panel + mention highlights

        self.names = NamesDock(self)
        self.names.attach(self)
        from sverka.ui.review import ReviewTools  # review (issue 4): post-edit, MQM, revisions

        self.review = ReviewTools(self)
        self.review.attach(self)
        self.actions_.advance.setChecked(bool(settings.get("prefs/one_key_advance")))
        self._default_point_size = QApplication.font().pointSizeF()
        self.apply_font()
        self.restore_layout()
        self.refresh_recent()

    # --- project -------------------------------------------------------------------------

    def open_project(self, target: str | Path, create: bool = False) -> bool:
        """Open a project and show its last-worked article with focus on the sentences."""
        try:
            project = open_project(target, create=create)
            with project.transaction() as session:
                if create:
                    schemas.install_default_schemas(session)
                annotator_id = schemas.annotator_id(session, self.annotator_name)
        except (ProjectError, schemas.SchemaError) as exc:
            QMessageBox.warning(self, self.tr("Cannot open project"), str(exc))
            return False
        self.close_project()
        self.project, self.annotator_id = project, annotator_id
        self.setWindowTitle(f"{project.display_name} — Sverka")
        self.who.setText(self.tr("Annotator: %1").replace("%1", self.annotator_name))
        self.undo.attach(project, annotator_id)
        self.names.set_project(project)
        self.alignment.set_project(project, annotator_id)
        self.reload_labels()
        self.articles.model.set_project(project)
        with project.sessions() as session:
            self.articles.set_languages(article_list.project_languages(session))
            first = side_by_side.last_article(session, annotator_id)
        settings.put("last/project", project.url if project.path is None else str(project.path))
        if project.path is not None:
            self.refresh_recent(settings.add_recent(str(project.path)))
        self.show_article(first)
        self.session.project_opened()
        return True

    def close_project(self) -> None:
        """Cancel running jobs (translation, import, export), then close: never a hung close."""
        if self.tasks.busy:
            self.statusBar().showMessage(self.tr("Stopping the running job…"))
        self.tasks.shutdown()
        self._article_timer.stop()
        self._stale_articles.clear()
        self.translation_of.clear()
        self.session.project_closing()
        if self.project is not None:
            self.project.close()
        self.project = None

    def reload_labels(self) -> None:
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
            if article_id:
                self.articles.select(article_id)
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
        index = self.view.currentIndex()
        return self.alignment.sentence_ids(index.row(), index.column()) if index.isValid() else ()

    def apply_changes(self, changes: Changes) -> None:
        """Refresh only what a command (or its undo) touched; follow it to its article."""
        if not changes.sentences and not changes.articles:
            self.reload_labels()  # a schema edit (or its undo): labels, keys and chips change
            return
        shown = self.alignment.article.id if self.alignment.article else None
        if changes.links and shown in changes.articles:
            self.reload_rows()  # an alignment edit here: rows come and go
            rows = [self.view.currentIndex().row()]
        else:
            rows = self.alignment.refresh_sentences(changes.sentences)
            self.view.fit_rows(rows)
        self._stale_articles |= changes.articles
        self._article_timer.start()
        if not rows and changes.sentences and self.project is not None:
            # An undo in another article: show it, so the annotator sees what came back.
            sid = next(iter(changes.sentences))
            with self.project.sessions() as session:
                article = side_by_side.article_of_sentence(session, sid)
            if article:
                self.show_article(article, sid)

    def _refresh_articles(self) -> None:
        stale, self._stale_articles = self._stale_articles, set()
        self.articles.model.refresh(stale)

    def show_failure(self, message: str) -> QMessageBox:
        """A command or an undo that could not be done (e.g. rows changed since): say so, go on."""
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Sverka"), message, QMessageBox.StandardButton.Ok, self)
        box.finished.connect(lambda _: self.focus_sentences())
        box.open()
        self.failure_box = box
        self.statusBar().showMessage(message, 8000)
        return box

    def _context_menu(self, pos: QPoint) -> None:
        self.row_edits.context_menu(pos, self.actions_.rows)

    # --- focus, dialogs, sessions -------------------------------------------------------

    def focus_search(self) -> None:
        self.articles.search.setFocus()
        self.articles.search.selectAll()

    def focus_articles(self) -> None:
        self.articles.table.setFocus()

    def focus_sentences(self) -> None:
        self.view.setFocus()

    def show_shortcuts(self) -> ShortcutsDialog:
        from sverka.ui.keymap import keymap

        dialog = ShortcutsDialog(self, keymap(self))
        dialog.open()
        return dialog

    def show_about(self) -> QMessageBox:
        return about_box(self)

    def schema_editor(self) -> QWidget | None:
        from sverka.ui.dialogs.schema_editor import SchemaEditor

        if self.project is None or self.catalog.schema is None:
            return None
        dialog = SchemaEditor(self, self.project, self.catalog.schema, self.undo)
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
        self.save_layout()
        self.close_project()
        super().closeEvent(event)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [Path(u.toLocalFile()) for u in event.mimeData().urls() if u.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.import_paths(paths)
