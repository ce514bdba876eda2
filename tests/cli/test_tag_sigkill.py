"""A SIGKILL in the middle of `sverka tag` loses no acknowledged action."""

from __future__ import annotations

import contextlib
import json
import os
import signal
import subprocess
import sys
from pathlib import Path

from sqlalchemy import select

from sverka.db.models import Annotation, Sentence
from sverka.db.project import open_project
from sverka.ops.ingest.importer import Importer
from sverka.ops.workflows.project import initialise

REPO = Path(__file__).resolve().parents[2]


def test_sigkill_keeps_every_acknowledged_tag(tmp_path: Path, seeds: Path) -> None:
    path = tmp_path / "p.sverka"
    project = open_project(path, create=True)
    initialise(project)
    Importer(project).import_paths([seeds])
    with project.sessions() as session:
        sentence_ids = list(session.scalars(select(Sentence.id).order_by(Sentence.id)))
    project.close()

    env = {**os.environ, "PYTHONPATH": str(REPO / "desktop")}
    proc = subprocess.Popen(
        [sys.executable, "-m", "sverka", "tag", str(path), "--annotator", "ana"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )
    assert proc.stdin is not None and proc.stdout is not None
    acknowledged: list[str] = []
    # Feed one line at a time; kill the process right after the 15th acknowledgement,
    # while more input is already queued.
    for number, sentence_id in enumerate(sentence_ids[:40], start=1):
        proc.stdin.write(json.dumps({"sentence_id": sentence_id, "label": "violence"}) + "\n")
        proc.stdin.flush()
        if number <= 15:
            ack = json.loads(proc.stdout.readline())
            assert ack["changed"] is True
            acknowledged.append(ack["sentence_id"])
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait(timeout=10)
    for stream in (proc.stdin, proc.stdout, proc.stderr):
        if stream is not None:
            with contextlib.suppress(BrokenPipeError):
                stream.close()
    assert proc.returncode == -signal.SIGKILL

    reopened = open_project(path)
    with reopened.sessions() as session:
        tagged = set(session.scalars(select(Annotation.sentence_id)))
    reopened.close()
    assert set(acknowledged) <= tagged
    assert len(acknowledged) == 15
