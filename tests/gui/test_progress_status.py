"""Issue 15 item 2: one progress and status rule for the window's article list, `sverka list`
and the export. Two labels on one sentence count it once (the denominator never moves), undo
goes back, a label on the translation side labels the row, a fully labeled article is done,
and gold (adjudicated) labels are not a person's progress."""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from support.cli_process import sverka
from sverka.ui.main_window import MainWindow


def _shown(window: MainWindow, article_id: str) -> tuple[str, str]:
    """(status, progress) as the article list draws them."""
    model = window.articles.model
    row = model.row_of(article_id)
    assert row is not None
    return str(model.index(row, 3).data()), str(model.index(row, 4).data())


def _cli_list(path: Path, article_id: str) -> dict[str, object]:
    done = sverka("list", str(path), "--json")
    assert done.returncode == 0, done.stderr
    return next(row for row in json.loads(done.stdout) if row["id"] == article_id)


def _exported_status(path: Path, article_id: str, tmp: Path) -> set[str]:
    out = tmp / "out.jsonl"
    done = sverka("export", str(path), "--format", "jsonl", "-o", str(out))
    assert done.returncode == 0, done.stderr
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    return {r["status"] for r in records if r["article_id"] == article_id}


def test_one_rule_for_the_list_the_cli_and_the_export(
    qtbot: QtBot, window: MainWindow, demo_path: Path, tmp_path: Path
) -> None:
    article = window.alignment.article
    assert article is not None
    aid = article.id
    total = int(_shown(window, aid)[1].split("/")[1])
    assert _shown(window, aid) == ("to do", f"0/{total}")

    window.view.go_to(0, 0)
    window.view.setFocus()
    qtbot.keyClick(window.view, Qt.Key.Key_1)
    qtbot.keyClick(window.view, Qt.Key.Key_2)  # a second label on the same sentence
    qtbot.waitUntil(lambda: _shown(window, aid) == ("in progress", f"1/{total}"))
    row = _cli_list(demo_path, aid)
    assert (row["status"], row["labeled"], row["sentences"]) == ("in_progress", 1, total)
    assert _exported_status(demo_path, aid, tmp_path) == {"in_progress"}

    qtbot.keyClick(window.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: _shown(window, aid) == ("in progress", f"1/{total}"))  # one label is left
    qtbot.keyClick(window.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: _shown(window, aid) == ("to do", f"0/{total}"))
    assert _cli_list(demo_path, aid)["status"] == "todo"

    # Every row labeled, the first one on its translation side: the article is done everywhere.
    model = window.alignment
    for r in range(model.rowCount()):
        if not model.sentence_ids(r, 0):
            continue
        window.view.go_to(r, 1 if r == 0 and model.sentence_ids(r, 1) else 0)
        qtbot.keyClick(window.view, Qt.Key.Key_1)
    qtbot.waitUntil(lambda: _shown(window, aid) == ("done", f"{total}/{total}"), timeout=10_000)
    row = _cli_list(demo_path, aid)
    assert (row["status"], row["labeled"]) == ("done", total)
    assert _exported_status(demo_path, aid, tmp_path) == {"done"}


def test_gold_labels_are_not_progress(qtbot: QtBot, window: MainWindow, demo_path: Path) -> None:
    model = window.articles.model
    other = model.article_id(1)
    assert other is not None
    shown = sverka("show", str(demo_path), other[:8], "--json")
    first = json.loads(shown.stdout)["sentences"][0]["sentence_id"]
    line = json.dumps({"sentence_id": first, "label": "protest"}) + "\n"
    done = sverka("adjudicate", str(demo_path), "--create-labels", stdin=line)
    assert done.returncode == 0, done.stderr
    model.reload()
    status, progress = _shown(window, other)
    assert status == "to do" and progress.startswith("0/")
    row = _cli_list(demo_path, other)
    assert (row["status"], row["labeled"]) == ("todo", 0)
