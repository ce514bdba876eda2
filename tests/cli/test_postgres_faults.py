"""Issue 13, faults of a team server through the CLI: wrong password, no permission, server
gone (before and during a command) — one line naming the project (password masked), exit 1,
never a traceback. Marked `postgres`: the test starts its own server."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from support.cli_process import sverka, sverka_started
from support.pair import write_pairs
from support.postgres import Server, psql, require_passwords, required_server_binaries, running_server, stop_server
from sverka.cli.main import main

pytestmark = pytest.mark.postgres


def _team(folder: Path) -> Iterator[tuple[Server, Path, str]]:
    bindir = required_server_binaries()
    with running_server(bindir) as server:
        url = server.createdb(bindir, "team")
        assert main(["init", url]) == 0 and main(["import", url, str(write_pairs(folder, 2))]) == 0
        psql(server, bindir, "team", "CREATE ROLE nobody LOGIN PASSWORD 'right-S3cret'")
        require_passwords(server, bindir)
        yield server, bindir, url


@pytest.fixture(scope="module")
def team(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Server, Path, str]]:
    """A server the tests only log in to (it stays up)."""
    yield from _team(tmp_path_factory.mktemp("pairs"))


@pytest.fixture
def doomed_team(tmp_path: Path) -> Iterator[tuple[Server, Path, str]]:
    """A server of one test's own, which it stops."""
    yield from _team(tmp_path / "pairs")


def _with_password(server: Server, user: str, password: str) -> str:
    return f"postgresql+psycopg://{user}:{password}@/team?host={server.socket_dir}&port={server.port}"


def one_line(result: object, *needles: str) -> str:
    err = result.stderr  # type: ignore[attr-defined]
    assert result.returncode == 1, err  # type: ignore[attr-defined]
    assert err.count("\n") == 1 and err.startswith("sverka: ") and "Traceback" not in err, err
    for needle in needles:
        assert needle in err, err
    return str(err)


def test_a_wrong_password_is_one_line_and_never_shown(team: tuple[Server, Path, str]) -> None:
    server, _, _ = team
    line = one_line(sverka("stats", _with_password(server, "nobody", "wrong-S3cret")), "refused the password")
    assert "wrong-S3cret" not in line and "***" in line


def test_no_permission_is_one_line(team: tuple[Server, Path, str]) -> None:
    server, _, _ = team
    for command in ("stats", "list", "tag"):
        one_line(sverka(command, _with_password(server, "nobody", "right-S3cret"), stdin=""), "no permission")


def test_a_server_that_goes_away_during_tag_or_before_a_command_is_one_line(
    doomed_team: tuple[Server, Path, str],
) -> None:
    server, bindir, url = doomed_team
    shown = json.loads(sverka("show", url, "1", "--json").stdout)
    first, second = (s["sentence_id"] for s in shown["sentences"][:2])
    proc = sverka_started("tag", url, "--annotator", "ana")
    assert proc.stdin is not None and proc.stdout is not None
    proc.stdin.write(json.dumps({"sentence_id": first, "label": "protest"}) + "\n")
    proc.stdin.flush()
    assert json.loads(proc.stdout.readline())["changed"] is True  # acknowledged: committed on the server
    stop_server(server, bindir)
    _, err = proc.communicate(json.dumps({"sentence_id": second, "label": "protest"}) + "\n", timeout=60)
    assert proc.returncode == 1, err
    assert err.count("\n") == 1 and "Traceback" not in err, err
    assert "cannot reach the database server" in err or "the server shut down" in err, err
    one_line(sverka("stats", url), "cannot reach the database server")  # and the next command
