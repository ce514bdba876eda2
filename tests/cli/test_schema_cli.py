"""`sverka init --schema`, `sverka schema import` and `sverka schema export` in the documented
format (resources/schemas/README.md); bad files get one line naming the file and the line."""

from __future__ import annotations

import json
from pathlib import Path

from support.cli_process import sverka

SCHEMAS = Path(__file__).resolve().parents[2] / "resources" / "schemas"


def test_init_with_a_schema_then_import_and_export(tmp_path: Path) -> None:
    project = str(tmp_path / "p.sverka")
    done = sverka("init", project, "--schema", str(SCHEMAS / "translation-review.json"))
    assert done.returncode == 0, done.stderr
    out = tmp_path / "first.json"
    assert sverka("schema", "export", project, "-o", str(out)).returncode == 0  # the first schema
    assert json.loads(out.read_text("utf-8")) == json.loads((SCHEMAS / "translation-review.json").read_text("utf-8"))

    done = sverka("schema", "import", project, str(SCHEMAS / "news-events.json"))
    assert done.returncode == 0 and "imported schema 'News events': 2 groups, 11 labels" in done.stdout
    again = sverka("schema", "import", project, str(SCHEMAS / "news-events.json"))
    assert again.returncode == 1 and "already exists" in again.stderr and len(again.stderr.splitlines()) == 1
    shown = sverka("schema", "export", project, "--name", "News events", "-o", "-")
    assert json.loads(shown.stdout) == json.loads((SCHEMAS / "news-events.json").read_text("utf-8"))
    missing = sverka("schema", "export", project, "--name", "Nope", "-o", "-")
    assert missing.returncode == 1 and missing.stderr.startswith("sverka: no schema 'Nope'")


def test_bad_schema_files_name_the_file_and_line(tmp_path: Path) -> None:
    truncated = tmp_path / "truncated.json"
    truncated.write_text('{\n  "name": "x",\n  "groups": [\n', encoding="utf-8")
    done = sverka("init", str(tmp_path / "p.sverka"), "--schema", str(truncated))
    assert done.returncode == 1 and not (tmp_path / "p.sverka").exists()
    assert done.stderr.startswith(f"sverka: {truncated}:4: not a JSON schema")
    assert len(done.stderr.splitlines()) == 1 and "Traceback" not in done.stderr

    project = str(tmp_path / "q.sverka")
    assert sverka("init", project).returncode == 0
    doc = json.loads((SCHEMAS / "news-events.json").read_text("utf-8"))
    doc["name"] = "Mine"
    doc["groups"][1]["labels"][0]["hotkey"] = "j"  # kept for moving around
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(doc, indent=2), encoding="utf-8")
    line = next(n for n, t in enumerate(bad.read_text("utf-8").splitlines(), 1) if '"relevant"' in t)
    done = sverka("schema", "import", project, str(bad))
    assert done.returncode == 1
    assert done.stderr == f"sverka: {bad}:{line}: label 'relevant': hotkey 'j' is kept for moving around\n"
