"""Team mode: the same code on a real PostgreSQL server, started by the test itself.

Marked `postgres`; scripts/test.sh installs Debian's postgresql and runs these in CI.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from support.postgres import database
from sverka.cli.main import main
from sverka.db.project import ProjectError, open_project

pytestmark = pytest.mark.postgres


@pytest.fixture(scope="module")
def pg_url() -> Iterator[str]:
    with database("team") as url:
        yield url


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
