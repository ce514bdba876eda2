"""Exports carry the field sets their options choose, in a fixed order, and nothing else."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from support.pair import write_pair
from sverka.db.project import Project
from sverka.ops.export.fields import csv_columns, record_keys
from sverka.ops.export.fields.core import CORE
from sverka.ops.export.fields.names import NAMES, NORMALIZED_NAMES
from sverka.ops.export.fields.review import REVIEW
from sverka.ops.export.fields.translation import TRANSLATION
from sverka.ops.export.options import DEFAULT_FIELD_SETS, ExportOptions
from sverka.ops.export.records import iter_records
from sverka.ops.export.writers import FORMATS, export_file
from sverka.ops.ingest.importer import Importer


@pytest.fixture
def imported(project: Project, tmp_path: Path) -> Project:
    Importer(project).import_paths(write_pair(tmp_path / "in"))
    return project


def test_default_records_follow_the_field_sets_in_order(imported: Project, tmp_path: Path) -> None:
    record = next(iter_records(imported))
    assert list(record) == record_keys(DEFAULT_FIELD_SETS)
    assert list(record)[:12] == [
        "article_id",
        "sentence_id",
        "idx",
        "kind",
        "lang",
        "text",
        "translation",
        "translation_lang",
        "translation_origin",
        "translation_model",
        "translation_sentence_ids",
        "link",
    ]
    assert list(record)[-5:] == ["translation_edited", "mqm", "mqm_score", "mentions", "translation_mentions"]
    path = tmp_path / "out.csv"
    export_file(imported, "csv", path)
    with path.open(encoding="utf-8-sig", newline="") as f:
        header = next(csv.reader(f))
    assert header == csv_columns(DEFAULT_FIELD_SETS)
    assert header[6:10] == ["translation", "translation_lang", "translation_origin", "link"]


def test_chosen_sets_only(imported: Project) -> None:
    core = next(iter_records(imported, ExportOptions(field_sets=(CORE,))))
    assert list(core) == list(CORE.fields) and "translation" not in core
    paired = next(iter_records(imported, ExportOptions(field_sets=(CORE, TRANSLATION))))
    assert "translation" in paired and "mqm" not in paired and "mentions" not in paired
    normalized = next(iter_records(imported, ExportOptions(normalized=True)))
    assert list(normalized)[-2:] == ["text_normalized", "translation_normalized"]
    # Review and names fields read the translation's sentences, and do without them.
    alone = next(iter_records(imported, ExportOptions(field_sets=(CORE, REVIEW, NAMES))))
    assert alone["mqm"] == [] and alone["translation_mentions"] == [] and not alone["translation_edited"]


def test_inconsistent_sets_are_refused() -> None:
    with pytest.raises(ValueError, match="core"):
        ExportOptions(field_sets=(TRANSLATION, CORE)).chosen_field_sets()
    with pytest.raises(ValueError, match="names"):
        ExportOptions(field_sets=(CORE, NORMALIZED_NAMES)).chosen_field_sets()
    assert ExportOptions(field_sets=(CORE, NAMES), normalized=True).chosen_field_sets() == (
        CORE,
        NAMES,
        NORMALIZED_NAMES,
    )


def test_formats_are_the_writer_modules(imported: Project, tmp_path: Path) -> None:
    assert list(FORMATS) == [
        "jsonl",
        "csv",
        "mqm-tsv",
        "parquet",
        "spacy",
        "doccano",
        "label-studio",
        "tmx",
        "parallel",
    ]
    with pytest.raises(ValueError, match="unknown export format 'xml'"):
        export_file(imported, "xml", tmp_path / "out.xml")
    assert not (tmp_path / "out.xml").exists()
