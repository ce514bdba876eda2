"""Tools menu: "Translate missing…" (machine translation in the worker) and "Translation models…".

:class:`TranslateTools` is built with the window's :class:`~sverka.ui.workbench.Workbench`.
"Translate missing…" opens :class:`~sverka.ui.dialogs.translate.TranslateDialog` (articles,
target language, model, beam); the translation itself is
:func:`sverka.ops.workflows.resume.translate`, the same code as ``sverka translate``; it runs
on the app's single writer thread with the usual progress dialog and Cancel (a cancel keeps
every finished article and cached batch).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from sverka.progress import CancelToken, Progress
from sverka.ui import settings
from sverka.ui.actions import insert_before_help, top_menu
from sverka.ui.qt import QAction, QMainWindow, QMenu, QMessageBox, QObject
from sverka.ui.workbench import Workbench
from sverka.ui.workers import Job, ProgressUi

if TYPE_CHECKING:
    from sverka.ops.mt.translate import TranslateSummary
    from sverka.ui.dialogs.translate import TranslateChoice, TranslateDialog
    from sverka.ui.models_dialog import ModelsDialog

TARGET_KEY = "mt/target_lang"  # QSettings: the language "Translate missing" fills (default en)
BEAM_KEY = "mt/beam_size"  # QSettings: the beam size last chosen in the dialog
# Sentences per model batch in the window: each finished batch is cached at once, so a Cancel
# loses at most this much work (the CLI's 64 lost a whole small article's); 32 still gives
# CTranslate2's two worker threads a full 16-sentence sub-batch each.
BATCH_SENTENCES = 32


class TranslateTools(QObject):
    """The two MT actions of one main window; ``last`` holds the last run's summary."""

    def __init__(self, bench: Workbench) -> None:
        super().__init__(bench.window)
        self.bench = bench
        self.last: TranslateSummary | None = None
        self.job: Job | None = None
        self.dialog: ModelsDialog | None = None
        self.message: QMessageBox | None = None  # the last notice shown (tests read it)
        self.ask_dialog: TranslateDialog | None = None  # the open "Translate missing" dialog
        self._add_menu(bench.window)

    def _add_menu(self, window: QMainWindow) -> None:
        """Add a Tools menu (before Help) with the two actions to ``window``."""
        self.w = window
        tr = window.tr
        self.translate_action = QAction(tr("&Translate missing…"), window)
        self.translate_action.setToolTip(
            tr("Machine-translate every original that has no translation yet, offline with the installed models")
        )
        self.translate_action.setStatusTip(self.translate_action.toolTip())
        self.translate_action.triggered.connect(lambda *_: self.ask())
        self.models_action = QAction(tr("Translation &models…"), window)
        self.models_action.setToolTip(tr("Install, list and remove Argos translation models"))
        self.models_action.setStatusTip(self.models_action.toolTip())
        self.models_action.triggered.connect(lambda *_: self.show_models())
        menu = top_menu(window, "tools")
        if menu is None:
            menu = QMenu(tr("&Tools"), window)
            menu.setObjectName("menu_tools")
            insert_before_help(window, menu)
        menu.addAction(self.translate_action)
        menu.addAction(self.models_action)

    # --- the models dialog -----------------------------------------------------------------

    def show_models(self) -> ModelsDialog:
        from sverka.ui.models_dialog import ModelsDialog

        if self.dialog is None:
            self.dialog = ModelsDialog(self.w, self.bench.tasks)
        self.dialog.reload()
        self.dialog.open()
        return self.dialog

    # --- translating -----------------------------------------------------------------------

    def target(self) -> str:
        """The target language set in Preferences (``mt/target_lang``), English by default."""
        return str(settings.get(TARGET_KEY) or "en").strip().lower() or "en"

    def beam(self) -> int:
        """The beam size last chosen (``mt/beam_size``), else the translator's default."""
        from sverka.core.mt.translator import MtOptions

        try:
            return int(settings.get(BEAM_KEY) or MtOptions().beam_size)
        except (TypeError, ValueError):
            return MtOptions().beam_size

    def ask(self) -> TranslateDialog | None:
        """Open the dialog; its Translate button starts :meth:`translate_missing` with the choice."""
        from sverka.ui.dialogs.translate import TranslateDialog

        models = self._models()
        if models is None:
            return None
        b = self.bench
        current = b.alignment.article.id if b.alignment.article else None
        dialog = TranslateDialog(self.w, models, self.target(), self.beam(), current, b.articles.selected_ids())
        dialog.accepted.connect(lambda: self._start(dialog.choice()))
        self.ask_dialog = dialog
        dialog.open()
        return dialog

    def _start(self, choice: TranslateChoice) -> Job | None:
        settings.put(TARGET_KEY, choice.to_lang)
        settings.put(BEAM_KEY, choice.beam)
        return self.translate_missing(choice.to_lang, choice.article_ids, choice.model, choice.beam)

    def _models(self) -> list[Any] | None:
        """The installed models, or None after saying why nothing can run."""
        w = self.w
        if self.bench.context.project is None or self.bench.nav.refuse_write():
            return None
        from sverka.core.mt.packages import installed_models

        models = installed_models()
        if not models:
            self._notice(
                QMessageBox.Icon.Information,
                w.tr("No translation model"),
                w.tr(
                    "No translation model is installed. Install an Argos .argosmodel file in "
                    "Tools → Translation models… (it works offline), then translate again."
                ),
                offer_models=True,
            )
            return None
        return list(models)

    def translate_missing(
        self,
        to_lang: str | None = None,
        article_ids: list[str] | None = None,
        model: str | None = None,
        beam: int | None = None,
    ) -> Job | None:
        """Translate the originals (all, or ``article_ids``) lacking a ``to_lang`` translation
        in the writer thread, with ``model`` (else the best route) and ``beam``."""
        w = self.w
        project = self.bench.context.project
        if project is None or self._models() is None:
            return None
        from sverka.core.mt.translator import MtOptions

        target = to_lang or self.target()
        options = MtOptions(beam_size=beam or self.beam(), batch_sentences=BATCH_SENTENCES)

        def fn(progress: Progress, cancel: CancelToken) -> Any:
            from sverka.ops.workflows.resume import translate  # loads CTranslate2 only when used

            return translate(
                project,
                to_lang=target,
                article_ids=article_ids,
                options=options,
                model=model,
                progress=progress,
                cancel=cancel,
            )

        job = Job(fn)
        self.job = job
        ProgressUi(w, job, w.tr("Translating…"))
        job.signals.finished.connect(self._translated)
        job.signals.failed.connect(lambda msg: self._notice(QMessageBox.Icon.Warning, w.tr("Translation failed"), msg))
        self.translate_action.setEnabled(False)
        for signal in (job.signals.finished, job.signals.failed, job.signals.cancelled):
            signal.connect(lambda *_: self.translate_action.setEnabled(True))
        self.bench.tasks.run(job)
        return job

    def _translated(self, summary: TranslateSummary) -> None:
        w, b = self.w, self.bench
        self.last = summary
        project = b.context.project
        if summary.articles and project is not None:
            from sverka.ops.views import article_list

            b.articles.model.reload()
            with project.sessions() as session:
                b.articles.set_languages(article_list.project_languages(session))
            current = b.alignment.article.id if b.alignment.article else None
            if current in summary.article_ids:
                b.alignment.load(current)  # its new machine text becomes the translation column
                b.header.show_article(b.alignment)
                b.view.fit_rows()
            elif current is None:
                b.nav.show_article(summary.article_ids[0])
        one = summary.articles == 1  # "1 articles" read wrong (issue 15 item 9)
        done = w.tr("Translated 1 article (%2 sentences; %3 from the cache)") if one else None
        text = (
            (done or w.tr("Translated %1 articles (%2 sentences; %3 from the cache)"))
            .replace("%1", str(summary.articles))
            .replace("%2", str(summary.sentences))
            .replace("%3", str(summary.cached))
        )
        if summary.cancelled:
            text = (
                w.tr("Translation cancelled; 1 article saved")
                if one
                else w.tr("Translation cancelled; %1 articles saved").replace("%1", str(summary.articles))
            )
            if summary.translated:  # say so, or a re-run's "from the cache" looks unexplained
                text += w.tr("; sentences kept in the cache for the next run: %1").replace(
                    "%1", str(summary.translated)
                )
        elif not summary.articles and summary.skipped:
            text = w.tr("Nothing to translate: %1").replace("%1", "; ".join(summary.skipped))
        elif not summary.articles and not summary.missing:
            text = w.tr("Nothing to translate: every original has a translation")
        w.statusBar().showMessage(text, 10000)
        if summary.missing:
            self._notice(
                QMessageBox.Icon.Warning,
                w.tr("Some articles were not translated"),
                "\n\n".join(summary.missing),
                offer_models=True,
            )

    def _notice(self, icon: QMessageBox.Icon, title: str, text: str, offer_models: bool = False) -> QMessageBox:
        """A non-blocking message box (opened, not exec'd, so tests and the worker go on)."""
        box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Close, self.w)
        if offer_models:
            button = box.addButton(self.w.tr("Translation models…"), QMessageBox.ButtonRole.ActionRole)
            button.clicked.connect(lambda *_: self.show_models())
        self.message = box
        box.open()
        return box
