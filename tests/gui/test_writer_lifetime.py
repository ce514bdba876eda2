"""The writer's results come back through an object that outlives the writer thread's emit.

Two SIGSEGVs of the fast suite in Qt's event processing (issue 13) came from here: a write
queued behind a job reported through a relay object of its own, which the GUI thread deleted
(deleteLater) as soon as the result arrived, while the writer thread could still be inside
``emit`` on it. Reproduced by looping the undo-controller test with frequent garbage collection
(which slows the writer thread down inside ``emit``): a crash within 1-6 loops before the fix.
"""

from __future__ import annotations

import threading

import pytest
import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent
from pytestqt.qtbot import QtBot

from sverka.ui import writer as writer_module
from sverka.ui.workers import Job, Tasks
from sverka.ui.writer import Writer


def test_the_relay_of_queued_writes_outlives_their_delivery(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    tasks = Tasks()
    writer = Writer(tasks)
    relays: list[object] = []
    detach = writer_module._Write.detach

    def recorded(write: writer_module._Write[object], relay: writer_module._Relay) -> bool:
        relays.append(relay)
        return detach(write, relay)

    monkeypatch.setattr(writer_module._Write, "detach", recorded)
    started, release = threading.Event(), threading.Event()

    def hold(progress: object, cancel: object) -> None:
        started.set()
        release.wait(20)

    results: list[int] = []
    try:
        tasks.run(Job(hold))
        qtbot.waitUntil(started.is_set, timeout=5000)
        assert writer.call(lambda: 1, results.append) is False  # behind the job: reported later
        assert writer.call(lambda: 2, results.append) is False
        release.set()
        qtbot.waitUntil(lambda: not writer.queued, timeout=10000)
        assert results == [1, 2]  # in the order of the calls
        tasks.wait()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)  # whatever was deleteLater()'d dies now
        assert len(relays) == 2
        assert all(shiboken6.isValid(relay) for relay in relays)  # the writer thread may still hold it
    finally:
        release.set()
        tasks.shutdown()
