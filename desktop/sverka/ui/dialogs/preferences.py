"""Preferences: theme, interface language, one-key flow, text size, annotator name, MT target language,
and the languages of the open project (stored in the project, not in the settings)."""

from __future__ import annotations

from collections.abc import Sequence

from sverka.core.languages import LanguageListError
from sverka.ops.settings import format_languages, parse_language_setting
from sverka.ui import settings
from sverka.ui.qt import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
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

    def __init__(self, parent: QWidget | None = None, project_languages: Sequence[str] | bool | None = False) -> None:
        """``project_languages``: the open project's languages (None: every language); False
        when no project is open, which leaves that field disabled."""
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
        self._has_project = project_languages is not False
        self._languages_before: tuple[str, ...] | None = (
            tuple(project_languages) if isinstance(project_languages, Sequence) else None
        )
        self.project_languages = QLineEdit(format_languages(self._languages_before) if self._has_project else "")
        self.project_languages.setEnabled(self._has_project)
        self.project_languages.setPlaceholderText(self.tr("all, or codes such as ru, en, kk"))
        self.project_languages.setToolTip(
            self.tr(
                "The languages detection chooses among when this project imports (ISO 639-1 codes, "
                "comma-separated; all: every language). Stored in the project; texts already "
                "imported keep their language."
            )
        )
        self.project_languages_error = QLabel()
        self.project_languages_error.setStyleSheet("color: #c0392b")
        self.project_languages_error.setVisible(False)
        # What _save decided: the languages to store, or None for every language (see changed).
        self.chosen_languages: tuple[str, ...] | None = self._languages_before
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
        form.addRow(self.tr("Languages of this project"), self.project_languages)
        form.addRow("", self.project_languages_error)
        form.addRow(buttons)

    @property
    def languages_changed(self) -> bool:
        """The project's languages differ from what they were: the window stores them."""
        return self._has_project and self.chosen_languages != self._languages_before

    def _save(self) -> None:
        if self._has_project:
            try:
                self.chosen_languages = parse_language_setting(self.project_languages.text())
            except LanguageListError as exc:
                self.project_languages_error.setText(str(exc))
                self.project_languages_error.setVisible(True)
                self.project_languages.setFocus()
                return  # stays open on the field to correct; nothing is saved
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
