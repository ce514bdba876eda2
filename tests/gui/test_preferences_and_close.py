"""Preferences reach the MT target language and one-key flow; closing cancels running jobs."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from sverka.progress import CancelToken, Progress
from sverka.ui import settings
from sverka.ui.main_window import MainWindow
from sverka.ui.workers import Job


def test_preferences_set_mt_target_and_one_key(qtbot: QtBot, window: MainWindow) -> None:
    assert window.translate.target() == "en"
    prefs = window.preferences()
    assert prefs.mt_target.currentText() == "en"
    prefs.mt_target.setCurrentText("KK")
    prefs.advance.setChecked(True)
    with qtbot.waitSignal(prefs.finished):
        prefs._save()
    assert settings.get("mt/target_lang") == "kk"
    assert window.translate.target() == "kk"  # what Tools ▸ Translate missing fills
    assert window.actions_.advance.isChecked()
    prefs = window.preferences()
    assert prefs.mt_target.currentText() == "kk" and prefs.advance.isChecked()
    prefs.reject()


def _endless(started: list[float], seen: list[str]) -> Job:
    """A job that runs until it is cancelled, like a long translation or import."""

    def fn(progress: Progress, cancel: CancelToken) -> Any:
        started.append(time.monotonic())
        while True:
            cancel.raise_if_cancelled()
            time.sleep(0.01)

    job = Job(fn)
    job.signals.cancelled.connect(lambda: seen.append("cancelled"))
    return job


def test_close_window_cancels_the_running_job(qtbot: QtBot, window: MainWindow) -> None:
    started: list[float] = []
    seen: list[str] = []
    window.tasks.run(_endless(started, seen))
    queued = window.tasks.run(_endless(started, seen))  # waits behind it on the writer thread
    qtbot.waitUntil(lambda: bool(started), timeout=5000)
    t0 = time.monotonic()
    window.close()
    assert time.monotonic() - t0 < 3
    assert window.project is None
    assert seen == ["cancelled"]  # delivered before the project closed; the queued one never ran
    assert len(started) == 1 and queued.cancel.cancelled


def test_open_other_project_cancels_translation(
    qtbot: QtBot, window: MainWindow, demo_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Switching project while Translate missing runs: cancel, report, then close."""
    import sverka.core.mt.packages as packages
    import sverka.ops.mt.translate as translate

    started: list[bool] = []

    def slow_translate(project: Any, to_lang: str, progress: Progress, cancel: CancelToken, **_: Any) -> Any:
        started.append(True)
        while not cancel.cancelled:
            time.sleep(0.01)
        return translate.TranslateSummary(cancelled=True)

    monkeypatch.setattr(packages, "installed_models", lambda *a, **k: ["fake"])
    monkeypatch.setattr(translate, "translate_project", slow_translate)
    job = window.translate.translate_missing()
    assert job is not None
    qtbot.waitUntil(lambda: bool(started), timeout=5000)
    other = tmp_path / "other.sverka"
    other.write_bytes(demo_path.read_bytes())
    t0 = time.monotonic()
    assert window.open_project(other)
    assert time.monotonic() - t0 < 5
    assert window.translate.last is not None and window.translate.last.cancelled
    assert window.translate.translate_action.isEnabled()
