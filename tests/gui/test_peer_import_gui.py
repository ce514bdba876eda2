"""File ▸ Import takes other tools' files as ``sverka import`` does: a TMX unit arrives as a
manual 1-1 row, a Label Studio export's classes as the window user's labels."""

from __future__ import annotations

import json
from pathlib import Path

from pytestqt.qtbot import QtBot
from sqlalchemy import select

from sverka.db.models import Annotation, Annotator, Label, Link, Text
from sverka.ui.main_window import MainWindow


def _import(qtbot: QtBot, window: MainWindow, *paths: Path) -> object:
    window.files.last_import = None
    window.import_paths(list(paths))
    qtbot.waitUntil(lambda: window.last_import is not None, timeout=20000)
    return window.last_import


def test_tmx_and_label_studio_files_import_from_the_window(qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    assert window.project is not None
    with window.project.sessions() as session:
        label = session.scalars(select(Label.name).order_by(Label.position)).first()
    memory = tmp_path / "memory.tmx"
    memory.write_text(
        '<tmx version="1.4"><header srclang="ru"/><body><tu><tuv xml:lang="ru"><seg>Митинг начался. Днём.</seg></tuv>'
        '<tuv xml:lang="en"><seg>The rally began. At noon.</seg></tuv></tu></body></tmx>',
        encoding="utf-8",
    )
    tasks = tmp_path / "tasks.json"
    choices = {"type": "choices", "value": {"choices": [label]}, "from_name": "l", "to_name": "t"}
    tasks.write_text(json.dumps([{"data": {"text": "Shots were heard."}, "annotations": [{"result": [choices]}]}]))

    report = _import(qtbot, window, memory, tasks)
    assert report.articles == 2 and report.errors == []  # type: ignore[attr-defined]
    with window.project.sessions() as session:
        translation = session.scalar(select(Text.id).where(Text.source == str(memory), Text.role == "translation"))
        rows = session.execute(
            select(Link.src_from, Link.tgt_from, Link.origin).where(Link.translation_id == translation)
        )
        assert rows.all() == [(0, 0, "manual")]  # one unit, one row, not re-aligned into two sentences
        who = session.scalars(select(Annotator.name).join(Annotation, Annotation.annotator_id == Annotator.id)).all()
        assert who == [window.annotator_name]
