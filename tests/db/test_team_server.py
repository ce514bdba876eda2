"""The team server: roles per annotator, row-level security, gold by the adjudicator only,
two annotators writing at once, and change notifications — on a real PostgreSQL."""

from __future__ import annotations

import io
import json
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import func, select, text
from sqlalchemy.exc import DBAPIError

from support.postgres import Server, required_server_binaries, running_server
from sverka.cli.main import main
from sverka.db.models import Annotation, Annotator, Sentence, Text
from sverka.db.project import open_project
from sverka.ops import history
from sverka.ops.annotation import tagging
from sverka.ops.annotation.schemas import annotator_id, find_label
from sverka.ops.teams.resolve import resolve_labels
from sverka.ops.teams.server import TeamError, listen, poll_changes
from sverka.ops.workflows.team import team_init

pytestmark = pytest.mark.postgres


@pytest.fixture(scope="module")
def server() -> Iterator[tuple[Server, Path]]:
    bindir = required_server_binaries()
    with running_server(bindir) as running:
        yield running, bindir


@pytest.fixture(scope="module")
def team(server: tuple[Server, Path], tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, str]]:
    """A team database with ana and bob, adjudicator ada, and the seeds imported."""
    running, bindir = server
    owner = running.createdb(bindir, "team")
    from support.pair import write_pair

    folder = tmp_path_factory.mktemp("in")
    write_pair(folder)
    assert main(["team", "init", owner, "--annotator", "ana", "--annotator", "bob", "--adjudicator", "ada"]) == 0
    assert main(["import", owner, str(folder), "--no-names"]) == 0
    yield {"owner": owner, **{who: running.url("team", who) for who in ("ana", "bob", "ada")}}


def _sentences(url: str) -> list[str]:
    project = open_project(url)
    with project.sessions() as session:
        ids = list(
            session.scalars(select(Sentence.id).join(Text).where(Text.role == "original").order_by(Sentence.idx))
        )
    project.close()
    return ids


def _tag(url: str, lines: list[dict[str, str]], monkeypatch: pytest.MonkeyPatch, command: str = "tag") -> int:
    monkeypatch.setattr("sys.stdin", io.StringIO("".join(json.dumps(x) + "\n" for x in lines)))
    return main([command, url])


def test_team_init_registers_people_with_roles(team: dict[str, str]) -> None:
    project = open_project(team["owner"])
    with project.sessions() as session:
        rows = {a.name: (a.kind, a.db_role) for a in session.scalars(select(Annotator))}
    project.close()
    assert rows == {
        "ana": ("person", "ana"),
        "bob": ("person", "bob"),
        "ada": ("person", "ada"),
        "gold": ("gold", None),
    }
    with pytest.raises(TeamError, match="cannot be a database role"):
        team_init(team["owner"], ["Robert'); DROP TABLE annotation; --"])
    with pytest.raises(TeamError, match="a PostgreSQL URL"):
        team_init("sqlite:///x.sverka", ["ana"])


def test_two_annotators_write_at_once(team: dict[str, str]) -> None:
    sentences = _sentences(team["owner"])
    errors: list[BaseException] = []

    def work(who: str, label_name: str) -> None:
        try:
            project = open_project(team[who])
            with project.sessions() as session:
                me = annotator_id(session, who)
                label = find_label(session, label_name)
                assert label is not None
            for _ in range(3):  # toggling on, off, on: undo-able writes, each its own transaction
                for sentence in sentences:
                    history.execute(project, lambda s, x=sentence: tagging.build_toggle(s, x, label.id, me), me)
            project.close()
        except BaseException as exc:  # reported by the main thread
            errors.append(exc)

    threads = [threading.Thread(target=work, args=(w, lab)) for w, lab in (("ana", "protest"), ("bob", "violence"))]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    project = open_project(team["owner"])
    with project.sessions() as session:
        per = dict(
            session.execute(
                select(Annotator.name, func.count(Annotation.id)).join(Annotation).group_by(Annotator.name)
            ).all()
        )
    project.close()
    assert per == {"ana": len(sentences), "bob": len(sentences)}


def test_an_annotator_cannot_touch_anothers_labels(
    team: dict[str, str], monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    s = _sentences(team["owner"])[0]
    assert _tag(team["bob"], [{"sentence_id": s, "label": "casualties", "annotator": "bob"}], monkeypatch) == 0
    capsys.readouterr()
    attempts = [
        {"sentence_id": s, "label": "casualties", "annotator": "bob", "action": "remove"},
        {"sentence_id": s, "label": "arrest", "annotator": "bob"},
        {"sentence_id": s, "action": "note", "note": "on bob's behalf", "annotator": "bob"},
    ]
    assert _tag(team["ana"], attempts, monkeypatch) == 1
    out, err = capsys.readouterr()
    assert out == ""
    lines = err.splitlines()
    assert len(lines) == 3
    assert lines[0] == "sverka: stdin:1: refused: ana may not change the annotation of bob"
    assert lines[1] == "sverka: stdin:2: refused: ana may not change the annotation of bob"
    assert lines[2] == "sverka: stdin:3: refused: ana may not change the note of bob"
    # Not even plain SQL gets past the policies.
    project = open_project(team["ana"])
    others = "annotator_id <> (SELECT id FROM annotator WHERE name = 'ana')"
    with project.transaction() as session:  # the policy hides others' rows from an UPDATE…
        assert session.execute(text(f"UPDATE annotation SET note = 'x' WHERE {others}")).rowcount == 0  # type: ignore[attr-defined]
    with pytest.raises(DBAPIError, match="ana may not change the annotation of bob"), project.transaction() as session:
        session.execute(text(f"DELETE FROM annotation WHERE {others}"))  # …and the trigger refuses a DELETE aloud
    with pytest.raises(DBAPIError, match="ana may not change the annotation of bob"), project.transaction() as session:
        session.execute(
            text(
                "UPDATE annotation SET annotator_id = (SELECT id FROM annotator WHERE name = 'bob') "
                f"WHERE NOT ({others})"
            )
        )
    with pytest.raises(DBAPIError, match="permission denied"), project.transaction() as session:
        session.execute(text("UPDATE article SET title = 'mine'"))
    project.close()
    assert _tag(team["bob"], [attempts[0]], monkeypatch) == 0  # bob himself may


def test_only_the_adjudicator_writes_gold(
    team: dict[str, str], monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    s = _sentences(team["owner"])[1]
    capsys.readouterr()
    assert _tag(team["ana"], [{"sentence_id": s, "label": "protest"}], monkeypatch, "adjudicate") == 1
    assert capsys.readouterr().err == "sverka: stdin:1: refused: ana may not change the annotation of gold\n"
    assert _tag(team["ada"], [{"sentence_id": s, "label": "protest"}], monkeypatch, "adjudicate") == 0
    project = open_project(team["bob"])
    with project.sessions() as session:
        assert resolve_labels(session, "gold")[s] == ["protest"]
    project.close()


def test_views_learn_of_others_writes(team: dict[str, str], monkeypatch: pytest.MonkeyPatch) -> None:
    s = _sentences(team["owner"])[2]
    ana = open_project(team["ana"])
    changed, token = poll_changes(ana, None)
    assert changed
    assert poll_changes(ana, token) == (False, token)
    batches = listen(team["ana"], timeout=0.2)
    assert next(batches) == []  # listening now
    assert _tag(team["bob"], [{"sentence_id": s, "label": "arrest", "annotator": "bob"}], monkeypatch) == 0
    seen: list[str] = []
    for _ in range(10):
        seen += next(batches)
        if "event" in seen:
            break
    batches.close()
    assert "event" in seen and "annotation" in seen
    assert poll_changes(ana, token)[0]
    ana.close()


def test_an_annotator_connects_through_a_libpq_service_file(
    team: dict[str, str],
    server: tuple[Server, Path],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    running, _ = server
    services = tmp_path / "pg_service.conf"
    services.write_text(
        f"[sverka-bob]\nhost={running.socket_dir}\nport={running.port}\ndbname=team\nuser=bob\n", encoding="utf-8"
    )
    monkeypatch.setenv("PGSERVICEFILE", str(services))
    url = "postgresql+psycopg:///?service=sverka-bob"
    s = _sentences(team["owner"])[4]
    capsys.readouterr()
    assert _tag(url, [{"sentence_id": s, "label": "protest", "annotator": "bob"}], monkeypatch) == 0
    assert json.loads(capsys.readouterr().out)["changed"] is True
    assert _tag(url, [{"sentence_id": s, "label": "official statement", "annotator": "ana"}], monkeypatch) == 1
    assert capsys.readouterr().err == "sverka: stdin:1: refused: bob may not change the annotation of ana\n"
