"""Choosing what an annotation session queues: article, language, label."""

from __future__ import annotations

from sverka.db.project import Project
from sverka.ops.annotation.sessions import QueueFilter
from sverka.ops.views import article_list
from sverka.ui.language_names import name_of
from sverka.ui.models.labels import LabelCatalog
from sverka.ui.qt import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QWidget


class SessionDialog(QDialog):
    def __init__(
        self,
        parent: QWidget | None,
        project: Project,
        catalog: LabelCatalog,
        article_id: str | None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Start annotation session"))
        self.scope = QComboBox()
        self.scope.addItem(self.tr("All articles"), None)
        if article_id:
            self.scope.addItem(self.tr("This article only"), article_id)
        self.lang = QComboBox()
        self.lang.addItem(self.tr("Original texts (any language)"), None)
        with project.sessions() as session:
            for code in article_list.project_languages(session):
                self.lang.addItem(self.tr("Sentences in %1").replace("%1", name_of(code)), code)
        self.label = QComboBox()
        self.label.addItem(self.tr("Any sentence"), None)
        for label in catalog.by_id.values():
            self.label.addItem(self.tr("Already labeled “%1” by someone").replace("%1", label.name), label.id)
        # The order of the queue (issue 16): the suggestions model's, when it is trained.
        self.order = QComboBox()
        self.order.addItem(self.tr("As the articles read"), "reading")
        self.order.addItem(self.tr("Least sure suggestions first (teaches the model most)"), "uncertainty")
        for label in catalog.active:
            self.order.addItem(self.tr("Likely “%1” first").replace("%1", label.name), f"label:{label.id}")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(QLabel(self.tr("The queue holds the sentences you have not labeled yet.")))
        form.addRow(self.tr("Articles"), self.scope)
        form.addRow(self.tr("Language"), self.lang)
        form.addRow(self.tr("Label"), self.label)
        form.addRow(self.tr("Order"), self.order)
        form.addRow(buttons)

    def queue_filter(self) -> QueueFilter:
        article = self.scope.currentData()
        return QueueFilter(
            (article,) if article else (), self.lang.currentData(), self.label.currentData(), self.order.currentData()
        )
