"""File ▸ Export offers every CLI export: JSONL, CSV, MQM TSV, --normalized, --labeled-only, --to."""

from __future__ import annotations

import csv
import json
from pathlib import Path

from pytestqt.qtbot import QtBot

from sverka.ops.export.options import ExportOptions
from sverka.ops.export.records import iter_records
from sverka.ops.export.writers.mqm_tsv import TSV_COLUMNS, iter_mqm_rows
from sverka.ui.dialogs.export import ExportDialog
from sverka.ui.main_window import MainWindow


def _run(qtbot: QtBot, window: MainWindow, dialog: ExportDialog) -> int:
    """Press Export and wait for the job; returns the record count it reports."""
    jobs: list[object] = []
    original = window.export
    window.export = lambda request: jobs.append(original(request)) or jobs[-1]  # type: ignore[method-assign]
    dialog._accept()
    assert jobs and jobs[0] is not None
    with qtbot.waitSignal(jobs[0].signals.finished, timeout=20_000) as blocker:  # type: ignore[attr-defined]
        pass
    window.tasks.wait()
    return int(blocker.args[0])


def _dialog(window: MainWindow, fmt: str, path: Path) -> ExportDialog:
    dialog = window.export_dialog()
    assert isinstance(dialog, ExportDialog)
    dialog.format.setCurrentIndex(dialog.format.findData(fmt))
    dialog.path.setText(str(path))
    return dialog


def test_dialog_offers_every_cli_format(window: MainWindow) -> None:
    dialog = window.export_dialog()
    assert isinstance(dialog, ExportDialog)
    assert [dialog.format.itemData(i) for i in range(dialog.format.count())] == ["jsonl", "csv", "mqm-tsv"]
    assert dialog.target.findData("en") >= 0  # the project's languages
    dialog.format.setCurrentIndex(dialog.format.findData("mqm-tsv"))
    assert dialog.path.text().endswith(".tsv")
    assert not dialog.normalized.isEnabled()  # MQM rows carry no normalized text
    dialog.reject()


def test_jsonl_labeled_only_normalized_target(qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    assert window.project is not None
    window.toggle_label(window.catalog.active[0].id)  # the demo starts unlabeled
    out = tmp_path / "out.jsonl"
    dialog = _dialog(window, "jsonl", out)
    dialog.labeled_only.setChecked(True)
    dialog.normalized.setChecked(True)
    dialog.target.setCurrentIndex(dialog.target.findData("en"))
    count = _run(qtbot, window, dialog)
    records = [json.loads(line) for line in out.read_text("utf-8").splitlines()]
    expected = list(iter_records(window.project, ExportOptions("en", True)))
    assert count == len(records) == len(expected) > 0
    assert all(r["labels"] for r in records)
    assert all("text_normalized" in r and "translation_normalized" in r for r in records)
    assert {r["translation_lang"] for r in records if r["translation_lang"]} == {"en"}


def test_csv_without_normalized(qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    assert window.project is not None
    out = tmp_path / "out.csv"
    count = _run(qtbot, window, _dialog(window, "csv", out))
    with out.open(encoding="utf-8-sig", newline="") as f:
        rows = list(csv.DictReader(f))
    assert count == len(rows) == len(list(iter_records(window.project)))
    assert "text_normalized" not in rows[0]
    assert "mentions" in rows[0]


def test_mqm_tsv(qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    assert window.project is not None
    out = tmp_path / "out.tsv"
    count = _run(qtbot, window, _dialog(window, "mqm-tsv", out))
    lines = out.read_text("utf-8").splitlines()
    assert lines[0].split("\t") == list(TSV_COLUMNS)
    assert count == len(lines) - 1 == len(list(iter_mqm_rows(window.project)))


def test_missing_folder_is_reported(qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    from sverka.ui.dialogs.export import ExportRequest

    job = window.export(ExportRequest("jsonl", tmp_path / "nope" / "out.jsonl"))
    assert job is not None
    with qtbot.waitSignal(job.signals.failed, timeout=10_000) as blocker:
        pass
    assert "folder does not exist" in blocker.args[0]
    window.tasks.wait()
