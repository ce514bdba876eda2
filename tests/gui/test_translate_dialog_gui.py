"""Tools ▸ Translate missing…: the dialog (articles, target, model, beam), Cancel and the cache (issue 15 item 9)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from support.tiny_argos import TinyPackages
from sverka.core.mt import packages, translator
from sverka.core.mt.packages import InstalledModel
from sverka.db.models import MtCache, Text
from sverka.ops.mt import translate as mt_translate
from sverka.ui import translate_action
from sverka.ui.dialogs.translate import TranslateDialog
from sverka.ui.main_window import MainWindow

RU_EN = "argos/translate-ru_en@1.0"


def model(name: str, src: str, dst: str) -> InstalledModel:
    return InstalledModel(name=name, from_code=src, to_code=dst, version="1.0", path=Path("/nowhere"))


def missing_articles(window: MainWindow, lang: str = "en") -> list[str]:
    assert window.project is not None
    with window.project.sessions() as session:
        done = select(Text.article_id).where(Text.role == "translation", Text.lang == lang)
        return list(
            session.scalars(select(Text.article_id).where(Text.role == "original", Text.article_id.not_in(done)))
        )


def drop_translations(window: MainWindow, article_id: str) -> None:
    """Make a second article lack its English translation (the demo has one such article)."""
    assert window.project is not None
    with window.project.transaction() as session:
        for text in session.scalars(select(Text).where(Text.article_id == article_id, Text.role == "translation")):
            session.delete(text)


def test_dialog_choices_without_a_model(qtbot: QtBot) -> None:
    models = [model("translate-ru_en", "ru", "en"), model("translate-kk_ru", "kk", "ru")]
    dialog = TranslateDialog(None, models, "en", 4, current="a1", selected=["a2", "a3"])
    qtbot.addWidget(dialog)
    assert dialog.choice() == mt_choice("en", None, None, 4)
    models_en = [dialog.model.itemData(i) for i in range(dialog.model.count())]
    assert models_en == [None, "argos/translate-ru_en@1.0"]  # only packages into the target
    dialog.target.setCurrentIndex(dialog.target.findData("ru"))
    assert [dialog.model.itemData(i) for i in range(dialog.model.count())] == [None, "argos/translate-kk_ru@1.0"]
    dialog.selected_button.setChecked(True)
    assert dialog.selected_button.text() == "The &selected articles (2)"
    assert dialog.choice().article_ids == ["a2", "a3"] and dialog.choice().to_lang == "ru"
    dialog.current_button.setChecked(True)
    assert dialog.choice().article_ids == ["a1"]
    # One selected article that is the current one: "selected" would repeat "current".
    single = TranslateDialog(None, models, "en", 2, current="a1", selected=["a1"])
    qtbot.addWidget(single)
    assert not single.selected_button.isEnabled() and single.current_button.isEnabled()
    assert TranslateDialog(None, models, "en", 2).current_button.isEnabled() is False


def mt_choice(to: str, articles: list[str] | None, chosen: str | None, beam: int) -> Any:
    from sverka.ui.dialogs.translate import TranslateChoice

    return TranslateChoice(to, articles, chosen, beam)


@pytest.mark.slow
def test_menu_opens_the_dialog_and_esc_cancels(qtbot: QtBot, window: MainWindow, tiny_argos: TinyPackages) -> None:
    packages.install_file(tiny_argos.ru_en)
    window.translate.translate_action.trigger()
    dialog = window.translate.ask_dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.model.itemData(1) == RU_EN and dialog.target.currentData() == "en"
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible() and window.translate.job is None  # nothing started


@pytest.mark.slow
def test_current_article_model_and_beam_reach_the_run(
    qtbot: QtBot, window: MainWindow, tiny_argos: TinyPackages, monkeypatch: pytest.MonkeyPatch
) -> None:
    packages.install_file(tiny_argos.ru_en)
    (ru_only,) = missing_articles(window)
    assert window.project is not None
    with window.project.sessions() as session:
        other = next(
            a
            for a in session.scalars(select(Text.article_id).where(Text.role == "original", Text.lang == "ru"))
            if a != ru_only
        )
    drop_translations(window, other)
    assert sorted(missing_articles(window)) == sorted([ru_only, other])
    beams: list[int] = []
    real_init = translator.PackageTranslator.__init__

    def spy(self: Any, installed: InstalledModel, options: translator.MtOptions) -> None:
        beams.append(options.beam_size)
        real_init(self, installed, options)

    monkeypatch.setattr(translator.PackageTranslator, "__init__", spy)
    window.show_article(ru_only)
    window.translate.translate_action.trigger()
    dialog = window.translate.ask_dialog
    assert dialog is not None
    dialog.current_button.setChecked(True)
    dialog.model.setCurrentIndex(dialog.model.findData(RU_EN))
    dialog.beam.setValue(3)
    qtbot.keyClick(dialog.beam, Qt.Key.Key_Return)  # Enter starts, from any field
    job = window.translate.job
    assert job is not None and not dialog.isVisible()
    with qtbot.waitSignal(job.signals.finished, timeout=60000):
        pass
    last = window.translate.last
    assert last is not None and last.ok and last.article_ids == [ru_only] and last.models == [RU_EN]
    assert missing_articles(window) == [other]  # only the current article was translated
    assert beams == [3]
    with window.project.sessions() as session:
        keys = set(session.scalars(select(MtCache.model_key)))
    assert keys == {f"{RU_EN};beam3"}
    assert "Translated 1 article (" in window.statusBar().currentMessage()
    # The dialog remembers the choice for next time.
    window.translate.translate_action.trigger()
    again = window.translate.ask_dialog
    assert again is not None and again.beam.value() == 3
    again.reject()


@pytest.mark.slow
def test_cancel_after_a_batch_then_rerun_reuses_the_cache(
    qtbot: QtBot, window: MainWindow, tiny_argos: TinyPackages, monkeypatch: pytest.MonkeyPatch
) -> None:
    packages.install_file(tiny_argos.ru_en)
    (article,) = missing_articles(window)
    monkeypatch.setattr(translate_action, "BATCH_SENTENCES", 2)  # several batches in the small article
    real_store = mt_translate.store_outputs
    stored: list[int] = []

    def store_then_cancel(project: Any, key: str, outputs: dict[str, str]) -> None:
        real_store(project, key, outputs)
        stored.append(len(outputs))
        job = window.translate.job
        assert job is not None
        job.cancel.cancel()  # the user presses Cancel right after the first batch is saved

    monkeypatch.setattr(mt_translate, "store_outputs", store_then_cancel)
    window.translate.translate_action.trigger()
    dialog = window.translate.ask_dialog
    assert dialog is not None
    qtbot.keyClick(dialog, Qt.Key.Key_Return)
    job = window.translate.job
    assert job is not None
    with qtbot.waitSignal(job.signals.finished, timeout=60000):
        pass
    first = window.translate.last
    assert first is not None and first.cancelled and first.articles == 0 and stored == [2]
    message = window.statusBar().currentMessage()
    assert message == "Translation cancelled; 0 articles saved; sentences kept in the cache for the next run: 2"
    assert missing_articles(window) == [article]

    monkeypatch.setattr(mt_translate, "store_outputs", real_store)
    window.translate.translate_action.trigger()
    dialog = window.translate.ask_dialog
    assert dialog is not None
    qtbot.keyClick(dialog, Qt.Key.Key_Return)
    job = window.translate.job
    assert job is not None
    with qtbot.waitSignal(job.signals.finished, timeout=60000):
        pass
    second = window.translate.last
    assert second is not None and second.ok and second.article_ids == [article]
    assert second.cached == 2 and second.translated > 0  # the first batch is not translated again
    assert "; 2 from the cache)" in window.statusBar().currentMessage()
    assert missing_articles(window) == []
