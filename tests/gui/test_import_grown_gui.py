"""The GUI import of a translation for an article already in the project (a grown article):
the post-import work runs on the same articles as in the CLI, so its names are found."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from support.pair import write_pair
from sverka.ops.export.records import ExportOptions, iter_records
from sverka.ui.main_window import MainWindow


def _import(qtbot: QtBot, window: MainWindow, *paths: Path) -> object:
    window.files.last_import = None
    window.import_paths(list(paths))
    qtbot.waitUntil(lambda: window.last_import is not None, timeout=20000)
    return window.last_import


def test_a_grown_article_gets_its_name_mentions(qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    ru, en = write_pair(tmp_path / "in", "2022-01-05-almaty")
    first = _import(qtbot, window, ru)
    [article] = first.article_ids  # type: ignore[attr-defined]
    grown = _import(qtbot, window, ru, en)
    assert grown.article_ids == [] and grown.grown_article_ids == [article]  # type: ignore[attr-defined]
    assert grown.touched_article_ids == [article]  # type: ignore[attr-defined]

    assert window.project is not None
    records = list(iter_records(window.project, ExportOptions(article_ids=[article])))
    assert all(r["translation_lang"] == "en" for r in records)  # aligned on arrival
    title = next(r for r in records if r["translation"] == "Protests in Almaty")
    assert [m["key"] for m in title["translation_mentions"]] == ["gaz:almaty"]
    tokayev = next(r for r in records if "Tokayev" in r["translation"])
    assert "gaz:kassym-jomart-tokayev" in {m["key"] for m in tokayev["translation_mentions"]}
