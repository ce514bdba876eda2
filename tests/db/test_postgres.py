"""Team mode: the same code on a real PostgreSQL server, started by the test itself.

Marked `postgres`; scripts/test.sh installs Debian's postgresql and runs these in CI.
"""

from __future__ import annotations

import glob
import json
import os
import shutil
import socket
import subprocess
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from sverka.cli.main import main
from sverka.db.project import ProjectError, open_project

pytestmark = pytest.mark.postgres


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _as_server_user(args: list[str]) -> list[str]:
    # PostgreSQL refuses to run as root; Debian's package creates the `postgres` user.
    return ["runuser", "-u", "postgres", "--", *args] if os.geteuid() == 0 else args


@pytest.fixture(scope="module")
def pg_url() -> Iterator[str]:
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"))
    if not found:
        pytest.skip("PostgreSQL server binaries are not installed (scripts/setup.sh installs them)")
    bindir = Path(found[-1]).parent
    base = Path(tempfile.mkdtemp(prefix="sverka-pg-"))
    base.chmod(0o777)
    data = base / "data"
    if os.geteuid() == 0:
        shutil.chown(base, "postgres")
    port = _free_port()
    subprocess.run(
        _as_server_user([str(bindir / "initdb"), "-D", str(data), "-A", "trust", "-U", "sverka", "-E", "UTF8"]),
        check=True,
        capture_output=True,
    )
    options = f"-k {base} -p {port} -c listen_addresses='' -c fsync=off"
    subprocess.run(
        _as_server_user(
            [str(bindir / "pg_ctl"), "-D", str(data), "-o", options, "-l", str(base / "log"), "-w", "start"]
        ),
        check=True,
        capture_output=True,
    )
    try:
        subprocess.run(
            _as_server_user([str(bindir / "createdb"), "-h", str(base), "-p", str(port), "-U", "sverka", "team"]),
            check=True,
            capture_output=True,
        )
        yield f"postgresql+psycopg://sverka@/team?host={base}&port={port}"
    finally:
        subprocess.run(_as_server_user([str(bindir / "pg_ctl"), "-D", str(data), "-m", "fast", "stop"]), check=False)
        shutil.rmtree(base, ignore_errors=True)


def test_team_project_end_to_end(
    pg_url: str, seeds: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    with pytest.raises(ProjectError, match="empty database"):
        open_project(pg_url)
    assert main(["init", pg_url]) == 0
    assert main(["import", pg_url, str(seeds)]) == 0
    out = tmp_path / "a.jsonl"
    assert main(["export", pg_url, "--format", "jsonl", "-o", str(out)]) == 0
    records = [json.loads(line) for line in out.read_text("utf-8").splitlines()]
    assert len(records) > 20 and {r["lang"] for r in records} == {"en"}
    capsys.readouterr()
    import io

    line = json.dumps({"sentence_id": records[3]["sentence_id"], "label": "protest", "annotator": "team-ana"})
    monkeypatch.setattr("sys.stdin", io.StringIO(line + "\n"))
    assert main(["tag", pg_url]) == 0
    assert json.loads(capsys.readouterr().out)["changed"] is True
    assert main(["export", pg_url, "--format", "jsonl", "-o", str(out)]) == 0
    tagged = [json.loads(line) for line in out.read_text("utf-8").splitlines()][3]
    assert tagged["labels"] == ["protest"] and tagged["annotators"] == ["team-ana"]
    # Re-opening the database runs the same revision checks as for a file.
    project = open_project(pg_url)
    assert project.info("project_id")
    project.close()
