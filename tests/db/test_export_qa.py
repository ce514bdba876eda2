"""The ``qa`` field set: each record carries the QA findings of its row, only when asked."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest

from support.pair import EN, RU
from sverka.db.project import Project
from sverka.ops.export.fields import record_keys
from sverka.ops.export.options import DEFAULT_FIELD_SETS, ExportOptions
from sverka.ops.export.records import iter_records
from sverka.ops.export.writers import export_file
from sverka.ops.ingest.importer import Importer
from sverka.ops.workflows.post_import import after_import

# The translator wrote 29 for 19 and left out the last sentence.
EN_FLAWED = EN.replace("until January 19.", "until January 29.").replace(
    "The internet was shut down across the country.\n", ""
)


@pytest.fixture
def flawed(project: Project, tmp_path: Path) -> Project:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "news.ru.txt").write_text(RU, encoding="utf-8")
    (folder / "news.en.txt").write_text(EN_FLAWED, encoding="utf-8")
    after_import(project, Importer(project).import_paths([folder / "news.ru.txt", folder / "news.en.txt"]))
    return project


def test_records_carry_the_findings_of_their_row(flawed: Project) -> None:
    records = list(iter_records(flawed, ExportOptions(qa=True)))
    assert list(records[0]) == [*record_keys(DEFAULT_FIELD_SETS), "qa"]
    by_text = {r["text"]: r["qa"] for r in records}
    omitted = by_text["Интернет был отключён по всей стране."]
    assert [f["kind"] for f in omitted] == ["omission"] and omitted[0]["detail"]
    number = by_text["Он объявил режим чрезвычайного положения до 19 января."]
    assert number == [{"kind": "number", "detail": number[0]["detail"]}]
    assert "19" in number[0]["detail"] and "29" in number[0]["detail"]
    assert by_text["Протесты в Алматы"] == []
    assert sum(len(r["qa"]) for r in records) == 2


def test_off_by_default_and_in_csv(flawed: Project, tmp_path: Path) -> None:
    assert "qa" not in next(iter_records(flawed))
    plain, with_qa = tmp_path / "plain.jsonl", tmp_path / "qa.jsonl"
    export_file(flawed, "jsonl", plain)
    export_file(flawed, "jsonl", with_qa, ExportOptions(qa=True))
    # Without the option the export is what it was: the same lines minus nothing.
    stripped = []
    for line in with_qa.read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        del record["qa"]
        stripped.append(record)
    assert stripped == [json.loads(line) for line in plain.read_text(encoding="utf-8").splitlines()]
    path = tmp_path / "out.csv"
    export_file(flawed, "csv", path, ExportOptions(qa=True))
    with path.open(encoding="utf-8-sig", newline="") as f:
        rows = list(csv.DictReader(f))
    cells = [r["qa"] for r in rows if r["qa"]]
    assert len(cells) == 2 and any(c.startswith("omission: ") for c in cells)


def test_the_dataset_card_counts_the_findings_per_kind(flawed: Project, tmp_path: Path) -> None:
    export_file(flawed, "jsonl", tmp_path / "qa", ExportOptions(qa=True, split=(100, 0)))
    card = (tmp_path / "qa" / "README.md").read_text(encoding="utf-8")
    section = card.split("## QA findings", 1)[1].split("\n## ", 1)[0]
    assert "| kind | train |" in section
    assert "| number | 1 |" in section and "| omission | 1 |" in section
    rows = [json.loads(line) for line in (tmp_path / "qa" / "train.jsonl").read_text(encoding="utf-8").splitlines()]
    assert sum(len(r["qa"]) for r in rows) == 2
    export_file(flawed, "jsonl", tmp_path / "plain", ExportOptions(split=(100, 0)))
    plain = (tmp_path / "plain" / "README.md").read_text(encoding="utf-8")
    assert "## QA findings" in plain and "Not checked: export with `--qa`" in plain
