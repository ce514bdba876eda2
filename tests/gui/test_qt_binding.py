"""The Qt binding: it keeps its references (the PySide6 6.12.0 leak), and the start-up gate."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from sverka.ui import app as app_module
from sverka.ui import qt

ROOT = Path(__file__).resolve().parents[2]
CALLS = 3000

# Run apart: a binding that drops references aborts the interpreter ("none_dealloc"), which
# must fail this test, not kill the test run. The script counts the references of None,
# True and False around void calls (QPainter.save/restore/fillRect) and signal emits.
PROBE = textwrap.dedent(
    f"""
    import sys
    from sverka.ui.qt import QApplication, QColor, QObject, QPainter, QRect, Signal
    from PySide6.QtGui import QImage

    class Source(QObject):
        flag = Signal(bool)
        nothing = Signal()

    app = QApplication([])
    source = Source()
    seen = []
    source.flag.connect(lambda value: None)
    source.nothing.connect(lambda: None)
    image = QImage(8, 8, QImage.Format.Format_ARGB32)
    painter = QPainter(image)
    colour, rect = QColor(10, 20, 30), QRect(0, 0, 4, 4)
    before = [sys.getrefcount(o) for o in (None, True, False)]
    for _ in range({CALLS}):
        painter.save()
        painter.fillRect(rect, colour)
        painter.restore()
        source.flag.emit(True)
        source.flag.emit(False)
        source.nothing.emit()
    painter.end()
    after = [sys.getrefcount(o) for o in (None, True, False)]
    print(" ".join(str(a - b) for a, b in zip(after, before)))
    """
)


def test_the_binding_keeps_its_references_to_none_true_false() -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT / "desktop")}
    done = subprocess.run([sys.executable, "-c", PROBE], capture_output=True, text=True, env=env, timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]  # an abort: "none_dealloc" / "bool_dealloc"
    drift = [int(n) for n in done.stdout.split()]
    # A leaking binding loses one reference per call (thousands); a sound one stays put.
    assert all(d > -CALLS // 10 for d in drift), drift


def test_the_gate_names_the_known_bad_release_in_one_line() -> None:
    message = qt.binding_problem(("6.12.0", "6.12.0"), (3, 11))
    assert message is not None and "\n" not in message
    assert "PySide6 6.12.0" in message and "Python 3.11" in message and "PySide6!=6.12.0" in message
    assert qt.binding_problem(("6.11.3", "6.12.0"), (3, 11)) is not None  # shiboken6 carries the bug
    assert qt.binding_problem(("6.12.0", "6.12.0"), (3, 12)) is None  # immortal singletons (PEP 683)
    assert qt.binding_problem(("6.11.3", "6.11.3"), (3, 11)) is None


def test_the_binding_in_use_passes_the_gate() -> None:
    assert qt.binding_problem() is None, qt.binding_versions()


def test_the_app_refuses_a_bad_binding_before_any_window(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(qt, "binding_versions", lambda: ("6.12.0", "6.12.0"))
    monkeypatch.setattr(qt.sys, "version_info", (3, 11, 7, "final", 0))
    assert app_module.main([]) == 2
    err = capsys.readouterr().err
    assert err.startswith("sverka: PySide6 6.12.0") and err.count("\n") == 1
