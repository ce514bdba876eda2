"""File ▸ Export offers every CLI export: every format, --normalized, --labeled-only, --to, the
filters, --resolve, --split/--seed; it remembers its folder (never the hidden data folder) and
ends with "Open folder"."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from sverka.ops.export.options import ExportOptions
from sverka.ops.export.records import iter_records
from sverka.ops.export.writers import FORMATS
from sverka.ops.export.writers.mqm_tsv import TSV_COLUMNS, iter_mqm_rows
from sverka.ui.dialogs.export import ExportDialog, default_folder
from sverka.ui.main_window import MainWindow
from sverka.ui.qt import QDesktopServices


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
    assert [dialog.format.itemData(i) for i in range(dialog.format.count())] == list(FORMATS)
    assert list(FORMATS)[:3] == ["jsonl", "csv", "mqm-tsv"]
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


def test_the_folder_is_the_documents_or_the_last_used_never_the_data_folder(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    assert window.project is not None and window.project.path is not None
    dialog = window.export_dialog()
    assert isinstance(dialog, ExportDialog)
    proposed = Path(dialog.path.text()).parent
    assert proposed != window.project.path.parent  # the demo lives in the hidden data folder
    assert proposed == default_folder()
    dialog.reject()
    chosen = tmp_path / "exports"
    chosen.mkdir()
    _run(qtbot, window, _dialog(window, "jsonl", chosen / "a.jsonl"))
    again = window.export_dialog()
    assert isinstance(again, ExportDialog) and Path(again.path.text()).parent == chosen
    again.reject()


def test_filters_resolve_and_open_folder(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert window.project is not None
    window.toggle_label(window.catalog.active[0].id)
    label = window.catalog.active[0].name
    out = tmp_path / "filtered.jsonl"
    dialog = _dialog(window, "jsonl", out)
    dialog.label.setCurrentIndex(dialog.label.findData(label))
    dialog.lang.setCurrentIndex(dialog.lang.findData("ru"))
    dialog.resolve.setCurrentIndex(dialog.resolve.findData("majority"))
    count = _run(qtbot, window, dialog)
    records = [json.loads(line) for line in out.read_text("utf-8").splitlines()]
    assert count == len(records) >= 1 and all(label in r["labels"] and r["lang"] == "ru" for r in records)
    box = window.files.export_done
    assert box is not None and "Open folder" in [b.text() for b in box.buttons()]
    opened: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()) or True)
    next(b for b in box.buttons() if b.text() == "Open folder").click()
    assert opened == [str(tmp_path.resolve())]


def test_split_with_seed_writes_a_folder(qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    pytest.importorskip("pyarrow")
    folder = tmp_path / "splits"
    dialog = _dialog(window, "parquet", folder)
    dialog.split.setChecked(True)
    dialog.shares.setText("60/20/20")
    dialog.seed.setValue(5)
    assert dialog.request().split == (60, 20, 20) and dialog.request().seed == 5
    count = _run(qtbot, window, dialog)
    assert count > 0 and {p.name for p in folder.iterdir()} == {
        "train.parquet",
        "validation.parquet",
        "test.parquet",
        "README.md",
    }


def test_a_bad_date_or_split_keeps_the_dialog_open(window: MainWindow, tmp_path: Path) -> None:
    dialog = _dialog(window, "parquet", tmp_path / "x")
    dialog.date_from.setText("5 January")
    dialog._accept()
    assert "not a date" in dialog.error.text() and dialog.result() == 0
    dialog.date_from.setText("")
    dialog.split.setChecked(True)
    dialog.shares.setText("80/30")
    dialog._accept()
    assert "summing to 100" in dialog.error.text()
    dialog.reject()


def test_cancel_stops_the_export_and_leaves_no_file(qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    from sverka.ui.dialogs.export import ExportRequest

    out = tmp_path / "cancelled.jsonl"
    job = window.export(ExportRequest("jsonl", out))
    assert job is not None
    job.cancel.cancel()  # what the progress dialog's Cancel does
    with qtbot.waitSignal(job.signals.cancelled, timeout=20_000):
        pass
    window.tasks.wait()
    assert not out.exists() and not list(tmp_path.glob(".cancelled*"))
