"""Preferences: theme, interface language, one-key flow, text size, annotator name, MT target language."""

from __future__ import annotations

from sverka.ui import settings
from sverka.ui.qt import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QRegularExpression,
    QRegularExpressionValidator,
    QSpinBox,
    QWidget,
)

# Offered first in the machine-translation target; any other ISO 639-1 code can be typed.
MT_LANGUAGES = ("en", "ru", "kk")
MT_KEY = "mt/target_lang"  # read by sverka.ui.translate_action


class PreferencesDialog(QDialog):
    """Edits the preferences in QSettings; the window re-applies them on ``accepted``."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Preferences"))
        self.theme = QComboBox()
        for text, value in (
            (self.tr("Follow the system"), "system"),
            (self.tr("Light"), "light"),
            (self.tr("Dark"), "dark"),
        ):
            self.theme.addItem(text, value)
        self.theme.setCurrentIndex(max(0, self.theme.findData(settings.get("prefs/theme"))))
        self.language = QComboBox()
        for text, value in (
            (self.tr("Follow the system"), "system"),
            ("English", "en"),
            ("Русский", "ru"),
        ):
            self.language.addItem(text, value)
        self.language.setCurrentIndex(max(0, self.language.findData(settings.get("prefs/language"))))
        self.language.setToolTip(self.tr("Takes effect at the next start"))
        self.advance = QCheckBox(self.tr("A label key also moves to the next sentence"))
        self.advance.setChecked(bool(settings.get("prefs/one_key_advance")))
        self.font_size = QSpinBox()
        self.font_size.setRange(0, 40)
        self.font_size.setSpecialValueText(self.tr("default"))
        self.font_size.setValue(int(settings.get("prefs/font_size")))
        self.mt_target = QComboBox()
        self.mt_target.setEditable(True)
        self.mt_target.addItems(list(MT_LANGUAGES))
        self.mt_target.setCurrentText(str(settings.get(MT_KEY)))
        self.mt_target.setValidator(QRegularExpressionValidator(QRegularExpression("[A-Za-z]{2,3}"), self))
        self.mt_target.setToolTip(self.tr("Tools ▸ Translate missing fills this language (an ISO code: en, ru, kk…)"))
        self.annotator = QLineEdit(str(settings.get("prefs/annotator")))
        self.annotator.setToolTip(self.tr("Your name on every label, note and undo step"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._save)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("Theme"), self.theme)
        form.addRow(self.tr("Interface language"), self.language)
        form.addRow("", self.advance)
        form.addRow(self.tr("Text size (pt)"), self.font_size)
        form.addRow(self.tr("Annotator"), self.annotator)
        form.addRow(self.tr("Machine translation into"), self.mt_target)
        form.addRow(buttons)

    def _save(self) -> None:
        settings.put("prefs/theme", self.theme.currentData())
        settings.put("prefs/language", self.language.currentData())
        settings.put("prefs/one_key_advance", self.advance.isChecked())
        settings.put("prefs/font_size", self.font_size.value())
        target = self.mt_target.currentText().strip().lower()
        if target:
            settings.put(MT_KEY, target)
        if self.annotator.text().strip():
            settings.put("prefs/annotator", self.annotator.text().strip())
        self.accept()
