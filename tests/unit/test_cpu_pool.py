"""The worker pool's choices that need no worker: how many to start, and the in-process
fallback giving each job's result or exception just as a worker would."""

from __future__ import annotations

import os

import pytest

from sverka import cpu_pool
from sverka.cpu_pool import CpuPool


def test_workers_follow_the_setting_then_the_cores(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(os, "cpu_count", lambda: 4)
    monkeypatch.setenv("SVERKA_WORKERS", "3")
    assert cpu_pool.worker_count() == 3
    monkeypatch.setenv("SVERKA_WORKERS", "none")
    assert cpu_pool.worker_count() == 0  # a setting it cannot read: in-process
    monkeypatch.delenv("SVERKA_WORKERS")
    assert cpu_pool.worker_count() == 2  # the writer keeps a core busy too
    monkeypatch.setattr(os, "cpu_count", lambda: 1)
    assert cpu_pool.worker_count() == 0


def test_a_pool_not_started_runs_jobs_in_process_with_their_errors() -> None:
    pool = CpuPool(2, min_articles=10)
    pool.start(9)  # too small an import to start workers
    assert not pool.parallel
    assert pool.submit(sorted, [3, 1, 2]).result() == [1, 2, 3]
    with pytest.raises(ZeroDivisionError):
        pool.submit(divmod, 1, 0).result()
    assert pool.sent == 0 and pool.fallbacks == 0
    pool.close()
