"""Review ▸ QA findings: the translation QA checks of the article on show, in a dock.

The list shows each finding of the translation on show (kind, detail, the text of the
sentence it is about). Enter or a double-click jumps to its row in the sentence view; M
records it as an MQM issue with the finding's category and span (:func:`sverka.ops.qa.mqm_issue_args`)
through the window's undo, so Ctrl+Z takes it back. The checks run when the dock is shown,
when another article or translation comes on show and after a command that changed a
sentence of the article (a post-edit can fix or cause a finding); hidden, it costs nothing.

``ops.qa`` and ``ops.review`` are independent features: they meet here, in the front end.
"""

from __future__ import annotations

from sverka.ops.history import Changes
from sverka.ops.qa import Finding, mqm_issue_args, run_qa
from sverka.ops.review import mqm
from sverka.ui.keys import Binding, Rank, Where, key_is
from sverka.ui.qt import (
    QAbstractItemView,
    QDockWidget,
    QEvent,
    QKeySequence,
    QLabel,
    QMenu,
    QObject,
    Qt,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)
from sverka.ui.workbench import Workbench


class QaPanel(QDockWidget):
    """The QA findings dock of the window of ``bench``; its toggle goes into ``menu`` (Review)."""

    def __init__(self, bench: Workbench, menu: QMenu) -> None:
        super().__init__(self.tr("QA findings"), bench.window)
        self.setObjectName("qa_panel")
        self.bench = bench
        self.findings: list[Finding] = []
        # How each kind reads in the list (the CLI's --kind names stay the keys).
        self.kind_titles = {
            "omission": self.tr("Omission"),
            "addition": self.tr("Addition"),
            "number": self.tr("Number"),
            "name": self.tr("Name"),
            "untranslated": self.tr("Untranslated"),
            "length": self.tr("Length"),
            "punctuation": self.tr("Punctuation"),
        }
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.list = QTreeWidget()
        self.list.setObjectName("qa_findings")
        self.list.setColumnCount(3)
        self.list.setHeaderLabels([self.tr("Kind"), self.tr("Finding"), self.tr("Sentence")])
        self.list.setRootIsDecorated(False)
        self.list.setUniformRowHeights(True)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.itemActivated.connect(lambda item, _col: self.jump(self.list.indexOfTopLevelItem(item)))
        page = QWidget()
        box = QVBoxLayout(page)
        box.setContentsMargins(4, 4, 4, 4)
        box.addWidget(self.summary)
        box.addWidget(self.list)
        self.setWidget(page)
        bench.window.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self)
        self.hide()  # off until asked for: the sentences keep the room
        self.toggle_action = self.toggleViewAction()
        self.toggle_action.setText(self.tr("&QA findings"))
        self.toggle_action.setShortcut(QKeySequence("Ctrl+Shift+Q"))
        tip = self.tr("The QA checks of this translation: omissions, numbers, names… (Enter jumps, M records)")
        self.toggle_action.setToolTip(tip)
        self.toggle_action.setStatusTip(tip)
        self.toggle_action.toggled.connect(self._toggled)
        menu.addSeparator()
        menu.addAction(self.toggle_action)
        bench.keys.add(
            Binding(
                "M",
                self.tr("record the selected QA finding as an MQM issue (Ctrl+Z undoes)"),
                Where.QA,
                Rank.VIEW,
                key_is(Qt.Key.Key_M, lambda press: press.unchorded),
                self.record_selected,
                over_shortcuts=True,
            ),
        )
        self.list.installEventFilter(self)
        bench.alignment.modelReset.connect(self._reload_if_shown)
        bench.undo.changed.connect(self._changed)

    # --- reading ---------------------------------------------------------------------------

    def reload(self) -> None:
        """Run the checks on the translation on show and list what they find."""
        model, project = self.bench.alignment, self.bench.context.project
        kept = self.list.currentIndex().row()
        self.findings = []
        if project is not None and model.article is not None and model.translation is not None:
            shown = model.translation.id
            self.findings = [f for f in run_qa(project, [model.article.id]) if f.translation_id == shown]
        self.list.clear()
        for f in self.findings:
            item = QTreeWidgetItem([self.kind_titles.get(f.kind, f.kind), f.detail, self._sentence_text(f)])
            item.setToolTip(1, f.detail)
            item.setToolTip(2, self._sentence_text(f))
            self.list.addTopLevelItem(item)
        first = self.list.topLevelItem(min(max(kept, 0), len(self.findings) - 1)) if self.findings else None
        if first is not None:
            self.list.setCurrentItem(first)
        self.list.resizeColumnToContents(0)
        self.summary.setText(self._summary(model.translation is not None))

    def _summary(self, has_translation: bool) -> str:
        if not has_translation:
            return self.tr("This article has no translation to check")
        if not self.findings:
            return self.tr("No QA findings in this translation")
        return self.tr("%1 findings. Enter jumps to the row, M records the finding as an MQM issue").replace(
            "%1", str(len(self.findings))
        )

    def _sentence_text(self, f: Finding) -> str:
        """The wording of the sentence the finding is about (the span's, else the row's first)."""
        for sid in (f.span_sentence_id, *f.sentence_ids, *f.translation_sentence_ids):
            cell = self.bench.alignment.cell(sid) if sid else None
            if cell is not None:
                return cell.text.strip()
        return ""

    def current(self) -> Finding | None:
        row = self.list.currentIndex().row()
        return self.findings[row] if 0 <= row < len(self.findings) else None

    # --- actions ---------------------------------------------------------------------------

    def show_and_focus(self) -> None:
        self.show()
        self.raise_()
        self.list.setFocus()

    def jump(self, row: int) -> None:
        """Show finding ``row``'s row in the sentence view (which takes the focus)."""
        if not 0 <= row < len(self.findings):
            return
        f = self.findings[row]
        target = f.span_sentence_id or next(iter((*f.sentence_ids, *f.translation_sentence_ids)), None)
        self.bench.nav.show_article(f.article_id, target)

    def record_selected(self) -> None:
        """The selected finding as an MQM issue on the translation, through the undo stack."""
        f = self.current()
        who = self.bench.context.annotator_id
        if f is None or who is None:
            return
        args = mqm_issue_args(f)
        if args is None:
            self.bench.nav.say(self.tr("The translation has no sentence to carry this issue"))
            return
        done = self.bench.undo.attempt(lambda s: mqm.build_add_issue(s, annotator_id=who, **args))
        if done is not None:
            self.bench.nav.say(self.tr("Recorded as MQM %1 (Ctrl+Z undoes)").replace("%1", args["category"]))

    # --- refresh ---------------------------------------------------------------------------

    def _toggled(self, shown: bool) -> None:
        if shown:
            self.reload()
            self.list.setFocus()

    def _reload_if_shown(self) -> None:
        if self.isVisible():
            self.reload()

    def _changed(self, changes: Changes) -> None:
        model = self.bench.alignment
        if self.isVisible() and any(model.row_of(sid) is not None for sid in changes.sentences):
            self.reload()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.list and self.bench.keys.dispatch(Where.QA, event):
            return True
        return super().eventFilter(watched, event)
