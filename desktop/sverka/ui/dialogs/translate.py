"""The "Translate missing…" dialog: which articles, target language, model and beam size.

It only gathers the choice (:class:`TranslateChoice`); :mod:`sverka.ui.translate_action` runs
it. Enter starts (the Translate button is the default), Esc cancels, as in every QDialog.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sverka.core.mt.packages import InstalledModel
from sverka.ui.language_names import name_of
from sverka.ui.qt import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

MAX_BEAM = 8  # wider beams are slower with no gain worth it for these small models


@dataclass(frozen=True)
class TranslateChoice:
    """What to translate: ``article_ids`` None means every original missing a translation."""

    to_lang: str
    article_ids: list[str] | None = None
    model: str | None = None  # a model id; None: the best route (direct, or through a pivot)
    beam: int = 2


class TranslateDialog(QDialog):
    """Choose the articles, target language, model and beam size, then Translate."""

    def __init__(
        self,
        parent: QWidget | None,
        models: Sequence[InstalledModel],
        target: str,
        beam: int,
        current: str | None = None,
        selected: Sequence[str] = (),
    ) -> None:
        super().__init__(parent)
        self.setObjectName("translate_dialog")
        self.setWindowTitle(self.tr("Translate missing"))
        self.models = list(models)
        self.current, self.selected = current, list(selected)

        self.all_button = QRadioButton(self.tr("&All articles without a translation"))
        self.current_button = QRadioButton(self.tr("The &current article"))
        self.current_button.setEnabled(current is not None)
        count = len(self.selected)
        self.selected_button = QRadioButton(
            self.tr("The &selected article")
            if count == 1
            else self.tr("The &selected articles (%1)").replace("%1", str(count))
        )
        self.selected_button.setEnabled(count > 1 or (count == 1 and self.selected[0] != current))
        self.all_button.setChecked(True)
        self.scope = QButtonGroup(self)
        scope_box = QVBoxLayout()
        for button in (self.all_button, self.current_button, self.selected_button):
            self.scope.addButton(button)
            scope_box.addWidget(button)

        self.target = QComboBox()
        self.target.setObjectName("translate_target")
        codes = sorted({m.to_code for m in self.models} | {target})
        for code in codes:
            self.target.addItem(f"{name_of(code)} ({code})", code)
        self.target.setCurrentIndex(codes.index(target))
        self.model = QComboBox()
        self.model.setObjectName("translate_model")
        self.target.currentIndexChanged.connect(lambda *_: self._fill_models())
        self._fill_models()
        self.beam = QSpinBox()
        self.beam.setObjectName("translate_beam")
        self.beam.setRange(1, MAX_BEAM)
        self.beam.setValue(max(1, min(MAX_BEAM, beam)))
        self.beam.setToolTip(self.tr("Wider beams search more translations per sentence: slower, sometimes better"))

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.start_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.start_button.setText(self.tr("Translate"))
        self.start_button.setDefault(True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("Articles:"), scope_box)
        form.addRow(self.tr("&Target language:"), self.target)
        form.addRow(self.tr("&Model:"), self.model)
        form.addRow(self.tr("&Beam size:"), self.beam)
        form.addRow(buttons)

    def _fill_models(self) -> None:
        """The best route, then every installed package into the chosen target language."""
        to = self.target.currentData()
        self.model.clear()
        self.model.addItem(self.tr("Best route (direct, or through a pivot language)"), None)
        for m in self.models:
            if m.to_code == to:
                self.model.addItem(f"{m.name} {m.version} ({m.from_code} → {m.to_code})", m.model_id)

    def choice(self) -> TranslateChoice:
        if self.current_button.isChecked() and self.current is not None:
            articles: list[str] | None = [self.current]
        elif self.selected_button.isChecked():
            articles = list(self.selected)
        else:
            articles = None
        return TranslateChoice(str(self.target.currentData()), articles, self.model.currentData(), self.beam.value())
