"""Two annotators on a team server (a real PostgreSQL the test starts): ana's window labels
with her own role, sees bob's label from his connection without a restart, and its title
names the database only."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from support.postgres import required_server_binaries, running_server
from sverka.cli.main import main
from sverka.db.models import Annotation, Annotator
from sverka.db.project import open_project
from sverka.ops import history
from sverka.ops.annotation import tagging
from sverka.ui.main_window import MainWindow

pytestmark = pytest.mark.postgres


@pytest.fixture(scope="module")
def team(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, str]]:
    bindir = required_server_binaries()
    from support.pair import write_pair

    with running_server(bindir) as running:
        owner = running.createdb(bindir, "team")
        folder = tmp_path_factory.mktemp("in")
        write_pair(folder)
        assert main(["team", "init", owner, "--annotator", "ana", "--annotator", "bob"]) == 0
        assert main(["import", owner, str(folder), "--no-names"]) == 0
        yield {who: running.url("team", who) for who in ("ana", "bob")}


def test_an_annotators_window_on_the_server_sees_the_others_work(
    qtbot: QtBot, team: dict[str, str], tmp_path: Path
) -> None:
    from sverka.ui.app import create_window

    window = create_window([team["ana"]])
    assert isinstance(window, MainWindow)
    qtbot.addWidget(window)
    try:
        assert window.project is not None
        assert window.windowTitle() == "team — Sverka"  # never the URL or the user
        assert window.annotator_name == "ana"  # the person of the connection's role
        qtbot.keyClick(window.view, Qt.Key.Key_1)  # ana labels with her own role
        label = window.catalog.for_key("1")
        first = window.alignment.sentence_ids(0, 0)[0]
        assert label is not None and label.id in window.alignment.cell(first).labels  # type: ignore[union-attr]
        window.teams.everyone_action.trigger()
        bob = open_project(team["bob"])
        try:
            with bob.sessions() as session:
                bob_id = session.scalar(select(Annotator.id).where(Annotator.name == "bob"))
            assert bob_id is not None
            assert history.execute(bob, lambda s: tagging.build_add(s, first, label.id, bob_id), bob_id)
        finally:
            bob.close()
        chips = lambda: [t for t, _ in window.view.delegate._chips(window.alignment.index(0, 0))]  # noqa: E731
        qtbot.waitUntil(lambda: f"{label.name} · bob" in chips(), timeout=8000)  # no restart, same article
        owner = open_project(team["ana"])
        try:
            with owner.sessions() as session:
                who = set(
                    session.scalars(
                        select(Annotator.name)
                        .join(Annotation, Annotation.annotator_id == Annotator.id)
                        .where(Annotation.sentence_id == first)
                    )
                )
            assert who == {"ana", "bob"}
        finally:
            owner.close()
    finally:
        window.close()
