"""Every Qt model passes pytest-qt's model tester, and articles/labels behave as shown."""

from __future__ import annotations

from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from sverka.ops.views.article_list import ArticleFilter
from sverka.ui.main_window import MainWindow
from sverka.ui.models.alignment import AlignmentModel
from sverka.ui.models.articles import ArticleIdRole, ArticleTableModel
from sverka.ui.models.labels import LabelCatalog, LabelListModel


def test_article_model(qtmodeltester: ModelTester, window: MainWindow) -> None:
    model = ArticleTableModel()
    model.set_project(window.project)
    qtmodeltester.check(model)
    assert model.rowCount() == 6
    model.sort(0)
    qtmodeltester.check(model)
    model.set_filter(ArticleFilter(text="ОДКБ"))
    assert model.rowCount() >= 1
    qtmodeltester.check(model)


def test_alignment_model(qtmodeltester: ModelTester, window: MainWindow) -> None:
    model = AlignmentModel()
    model.set_project(window.project, window.annotator_id)
    qtmodeltester.check(model)
    model.load(window.articles.model.article_id(0))
    assert model.columnCount() == 2 and model.rowCount() > 0
    qtmodeltester.check(model)
    model.load(window.articles.model.article_id(2))  # Russian only: one column
    assert model.columnCount() == 1
    qtmodeltester.check(model)


def test_label_model(qtmodeltester: ModelTester, window: MainWindow) -> None:
    model = LabelListModel()
    model.set_catalog(window.catalog)
    qtmodeltester.check(model)
    assert model.rowCount() == len(window.catalog.active)


def test_catalog_keys(window: MainWindow) -> None:
    catalog = window.catalog
    assert catalog.for_key("1") is not None and catalog.for_key("1").name == "violence"
    assert catalog.for_key("R") is catalog.for_key("r")
    review = LabelCatalog(list(catalog.by_id.values()), "Translation review")
    assert review.for_key("1") is not None and review.for_key("1").name == "ok"
    assert LabelCatalog([]).for_key("1") is None


def test_search_filters_article_list(qtbot: QtBot, window: MainWindow) -> None:
    window.actions_.find.trigger()
    assert window.articles.search.hasFocus()
    qtbot.keyClicks(window.articles.search, "Zhanaozen")
    qtbot.keyClick(window.articles.search, "\r")
    rows = window.articles.model.rowCount()
    assert 1 <= rows < 6
    first = window.articles.model.index(0, 0)
    window.articles.table.activated.emit(first)
    assert window.alignment.article is not None
    assert window.alignment.article.id == first.data(ArticleIdRole)
    assert window.view.hasFocus()
