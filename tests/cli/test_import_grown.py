"""A translation imported for an article already in the project (a *grown* article), through
the real command line: it is aligned, and its name mentions are found like a new article's."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from support.pair import write_pair

REPO = Path(__file__).resolve().parents[2]


def sverka(*argv: str | Path) -> str:
    env = {**os.environ, "PYTHONPATH": str(REPO / "desktop")}
    done = subprocess.run(
        [sys.executable, "-m", "sverka", *map(str, argv)], capture_output=True, text=True, env=env, check=False
    )
    assert done.returncode == 0, done.stderr
    return done.stdout


def test_a_translation_for_a_known_article_gets_its_name_mentions(tmp_path: Path) -> None:
    project = tmp_path / "p.sverka"
    ru, en = write_pair(tmp_path / "in", "a")
    sverka("init", project)
    sverka("import", project, ru)  # the original alone: an article without a translation
    report = json.loads(sverka("import", project, ru, en, "--json"))  # the same original, now with its English
    assert report["articles"] == 0 and report["texts"] == 1 and report["aligned"] == 1
    assert report["article_ids"] == [] and len(report["grown_article_ids"]) == 1

    out = tmp_path / "out.jsonl"
    sverka("export", project, "-o", out)
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    with_almaty = [r for r in records if "Almaty" in (r["translation"] or "")]
    assert len({r["translation"] for r in with_almaty}) == 2  # the title and the first body row (a 2-1 row)
    for record in with_almaty:
        keys = {m["key"] for m in record["translation_mentions"]}
        assert "gaz:almaty" in keys, record["translation"]
    tokayev = next(r for r in records if "Tokayev" in (r["translation"] or ""))
    assert "gaz:kassym-jomart-tokayev" in {m["key"] for m in tokayev["translation_mentions"]}
