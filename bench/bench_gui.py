# ruff: noqa: E501 - long f-strings in the report lines and word lists read better unwrapped
"""Desktop responsiveness on a big project: first paint, next sentence, durable tag, memory.

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/bench_gui.py [--articles 10000] [--keep PATH]

Generates a project of N articles (a Russian original and an English translation of
``--sentences`` sentences each; the default gives 10,000 articles / 300,000 sentences),
bulk-inserted with SQLAlchemy core (the FTS triggers still run). Then, in this process:

* first paint: from creating the main window (project open, article list, last article,
  undo stack rebuilt from the log) to the first paint of the sentence view;
* next sentence: a Down key press handled and the view repainted (p50/p99);
* durable tag: a label key press until its transaction is committed (synchronous=FULL),
  the key press until the sentence view has repainted the chip, and until the article
  list row (refreshed after the paint, coalesced) is up to date too (p50/p99);
* peak RSS of the process.
Goals (2 cores): first paint <= 1 s, next sentence <= 16 ms, durable tag <= 5 ms p99, <= 400 MB.
"""

from __future__ import annotations

import argparse
import os
import random
import resource
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "desktop"))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

WORDS = "протест газ цена Жанаозен площадь власти заявили город полиция задержаны акимат митинг президент правительство отставка интернет связь войска Алматы аэропорт".split()  # noqa: SIM905
EN_WORDS = "protest gas price Zhanaozen square authorities said city police detained akimat rally president government resignation internet connection troops Almaty airport".split()  # noqa: SIM905


def generate(path: Path, articles: int, per_text: int, seed: int = 7) -> None:
    """Bulk-insert a synthetic project (core inserts, one transaction per 1,000 articles)."""
    from sqlalchemy import insert

    from sverka.db.models import Article, Sentence, Text, new_id
    from sverka.db.project import open_project
    from sverka.ops.workflows.project import initialise

    rng = random.Random(seed)
    project = open_project(path, create=True)
    initialise(project)
    for start in range(0, articles, 1000):
        a_rows, t_rows, s_rows = [], [], []
        for n in range(start, min(start + 1000, articles)):
            aid = new_id()
            a_rows.append(
                {
                    "id": aid,
                    "title": f"Статья {n}: " + " ".join(rng.choices(WORDS, k=5)),
                    "date": f"2022-01-{1 + n % 28:02d}",
                    "url": f"https://example.org/{n}",
                    "checksum": f"{n:064d}",
                    "status": "todo",
                    "position": n,
                }
            )
            for pos, (lang, role, vocab) in enumerate((("ru", "original", WORDS), ("en", "translation", EN_WORDS))):
                tid = new_id()
                parts, spans, offset = [], [], 0
                for _ in range(per_text):
                    body = " ".join(rng.choices(vocab, k=rng.randint(8, 26))).capitalize() + "."
                    spans.append((offset, offset + len(body)))
                    parts.append(body)
                    offset += len(body) + 1
                t_rows.append(
                    {
                        "id": tid,
                        "article_id": aid,
                        "lang": lang,
                        "role": role,
                        "origin": "imported",
                        "content": " ".join(parts),
                        "checksum": f"{n:060d}{pos:04d}",
                        "position": pos,
                    }
                )
                for idx, (s, e) in enumerate(spans):
                    s_rows.append(
                        {"id": new_id(), "text_id": tid, "idx": idx, "start": s, "end": e, "kind": "body", "lang": lang}
                    )
        with project.transaction() as session:
            session.execute(insert(Article), a_rows)
            session.execute(insert(Text), t_rows)
            session.execute(insert(Sentence), s_rows)
    project.close()


def pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


class RawCommitFloor:
    """The floor of a durable tag: one-row INSERT + COMMIT with plain sqlite3, in a file beside
    the project, with the project's journal mode (WAL) and synchronous=FULL. One commit runs
    after each tag (outside its timing), so both see the same disk and the same load.

    ``warm`` commits run first, untimed: past SQLite's first automatic checkpoint the log is
    overwritten in place, as a project's is after its first checkpoint. Cold (a new file), each
    commit grows the log, and a synced append also syncs the file's size: under other
    processes' disk load that costs several times a commit in place (both are printed)."""

    def __init__(self, folder: Path, name: str = "floor", warm: int = 0) -> None:
        import sqlite3

        self.path = folder / f"{name}.sqlite"
        self.conn = sqlite3.connect(self.path, isolation_level=None)
        self.conn.execute("PRAGMA journal_mode=WAL")
        self.conn.execute("PRAGMA synchronous=FULL")
        self.conn.execute(
            "CREATE TABLE IF NOT EXISTS t (id TEXT PRIMARY KEY, sentence_id TEXT, label_id TEXT, at TEXT)"
        )
        self.times: list[float] = []
        for _ in range(warm):
            self.commit()
        self.times.clear()

    def commit(self) -> None:
        t = time.perf_counter()
        self.conn.execute("BEGIN")
        self.conn.execute(
            "INSERT INTO t VALUES (?, ?, ?, ?)", (f"{len(self.times):032x}{time.time_ns()}", "s", "l", "now")
        )
        self.conn.execute("COMMIT")
        self.times.append(time.perf_counter() - t)

    def frames_per_commit(self) -> int:
        """WAL frames (pages) one commit writes: checkpoint, commit once, read the log's length."""
        self.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        self.commit()
        self.times.pop()
        return int(self.conn.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchone()[1])

    def close(self) -> None:
        self.conn.close()
        for suffix in ("", "-wal", "-shm"):
            Path(f"{self.path}{suffix}").unlink(missing_ok=True)


def tag_footprint(window: Any, press: Callable[[int], None], count: int = 20) -> tuple[float, float]:
    """Statements and WAL frames (pages written) per tag, median over ``count`` more tags run
    untimed with a trace callback on the project's connections; the log is checkpointed
    before each, so its length after the commit is that commit's frames."""
    import sqlite3
    from statistics import median

    from sqlalchemy import event

    from sverka.ops import history

    engine = window.project.engine
    traced: list[str] = []
    spans: list[tuple[int, int]] = []  # the statements of each history.execute
    timed = history.execute

    def counted(*args: Any, **kwargs: Any) -> Any:
        start = len(traced)
        try:
            return timed(*args, **kwargs)
        finally:
            spans.append((start, len(traced)))

    history.execute = counted  # type: ignore[assignment]

    def trace(dbapi_conn: Any, _record: Any) -> None:
        dbapi_conn.set_trace_callback(traced.append)

    event.listen(engine, "connect", trace)
    engine.dispose()
    side = sqlite3.connect(window.project.path, isolation_level=None)
    statements, frames = [], []
    for i in range(count):
        side.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        spans.clear()
        press(i)
        statements.append(sum(1 for a, b in spans for q in traced[a:b] if not q.startswith("PRAGMA")))
        frames.append(int(side.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchone()[1]))
    side.close()
    history.execute = timed  # type: ignore[assignment]
    event.remove(engine, "connect", trace)
    engine.dispose()
    return median(statements), median(frames)


def time_search(window: Any, qapp: Any) -> tuple[float, int, str, float]:
    """Seconds to the first hits, articles found, the hit count shown then, seconds to every hit."""
    t = time.perf_counter()
    window.articles.search.setText("Жанаозен площадь")
    window.articles.apply_filter()
    search_s = time.perf_counter() - t
    found = window.articles.model.rowCount()
    first_hits = window.articles.hits.text()
    finding = getattr(window.search_hits, "finding", False)  # the rest of the hits, in slices between events
    while finding and window.search_hits.finding:
        qapp.processEvents()
    return search_s, found, first_hits, time.perf_counter() - t


def run(path: Path, tags: int, moves: int) -> None:
    from PySide6.QtCore import QEvent, QObject, Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from sverka.ui import app as app_module
    from sverka.ui import settings

    app_module.configure_application()
    qapp = QApplication([])
    settings.put("prefs/annotator", "bench")
    settings.put("prefs/one_key_advance", False)

    class Paints(QObject):
        count = 0
        at = 0.0  # when the last paint of the sentence view began

        def eventFilter(self, obj: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint:
                Paints.count += 1
                Paints.at = time.perf_counter()
            return False

    # Imports are timed apart: when the project was generated in this process they are warm,
    # and the first-paint figure must not depend on that.
    t_imports = time.perf_counter()
    from sverka.db import project as _project  # noqa: F401 - SQLAlchemy + Alembic, part of a cold start
    from sverka.ui.main_window import MainWindow, preload_parts

    preload_parts()  # the window's parts and the ops layer (``sverka gui`` loads them after its first paint)

    imports = time.perf_counter() - t_imports
    t0 = time.perf_counter()
    window = MainWindow("bench")
    window.show()
    filt = Paints()
    window.view.viewport().installEventFilter(filt)
    window.open_project(path)
    while Paints.count == 0:
        qapp.processEvents()
    first_paint = time.perf_counter() - t0
    view = window.view

    # Next sentence: key press, then the repaint it causes.
    move_times = []
    for i in range(moves):
        key = Qt.Key.Key_Down if (i // 10) % 2 == 0 else Qt.Key.Key_Up
        before = Paints.count
        t = time.perf_counter()
        QTest.keyClick(view, key)
        while Paints.count == before:
            qapp.processEvents()
        move_times.append(time.perf_counter() - t)

    # Durable tag: the commit inside history.execute, and the whole key press.
    from sverka.ops import history

    commit_times: list[float] = []
    real_execute = history.execute

    def timed_execute(*args, **kwargs):  # type: ignore[no-untyped-def]
        t = time.perf_counter()
        result = real_execute(*args, **kwargs)
        commit_times.append(time.perf_counter() - t)
        return result

    history.execute = timed_execute  # type: ignore[assignment]
    import sverka.ui.undo as undo_module

    undo_module.history.execute = timed_execute  # type: ignore[attr-defined]
    key_times, list_times = [], []
    floor = RawCommitFloor(path.parent, warm=600)

    def press(i: int) -> None:
        if i % 10 == 0:
            window.step_article(1)
        view.go_to(i % 10)
        qapp.processEvents()
        QTest.keyClick(view, Qt.Key.Key_1)

    for i in range(tags):
        if i % 10 == 0:
            window.step_article(1)
        view.go_to(i % 10)
        qapp.processEvents()
        before = Paints.count
        t = time.perf_counter()
        QTest.keyClick(view, Qt.Key.Key_1)
        while Paints.count == before:  # the chip is on screen
            qapp.processEvents()
        # Up to the paint itself: work queued behind it in the same loop pass is not waited for.
        key_times.append(Paints.at - t)
        while window._stale_articles or window._article_timer.isActive():  # the deferred list row
            qapp.processEvents()
        list_times.append(time.perf_counter() - t)
        floor.commit()  # the floor, interleaved with the tags: same disk, same load
    rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    floor_times, timed_tags = floor.times, len(commit_times)
    tag_statements, tag_frames = tag_footprint(window, press)
    del commit_times[timed_tags:]  # the footprint's tags ran traced: not timed
    floor_frames = floor.frames_per_commit()
    floor.close()
    cold = RawCommitFloor(path.parent, "cold")  # the floor as first measured: a new file, back to back
    for _ in range(tags):
        cold.commit()
    cold.close()

    search_s, found, first_hits, every_hit_s = time_search(window, qapp)

    ms = 1000.0
    print(f"imports (UI, SQLAlchemy, Alembic; 0 when warm from generating): {imports * ms:.0f} ms")
    print(f"first paint (window + open project + article + undo stack): {first_paint * ms:.0f} ms")
    print(f"next sentence + repaint: p50 {pct(move_times, 0.5) * ms:.2f} ms, p99 {pct(move_times, 0.99) * ms:.2f} ms")
    print(
        f"durable tag (commit, synchronous=FULL): p50 {pct(commit_times, 0.5) * ms:.2f} ms, p99 {pct(commit_times, 0.99) * ms:.2f} ms"
    )
    floor_p99 = pct(floor_times, 0.99)
    print(
        f"raw sqlite3 one-row insert + commit (WAL, synchronous=FULL, interleaved, warm): p50 {pct(floor_times, 0.5) * ms:.2f} ms, p99 {floor_p99 * ms:.2f} ms; "
        f"durable tag p99 = {pct(commit_times, 0.99) / floor_p99:.2f}x the floor"
    )
    print(
        f"  (the same floor cold, a new file committed {tags} times back to back after the tags: p50 {pct(cold.times, 0.5) * ms:.2f} ms, p99 {pct(cold.times, 0.99) * ms:.2f} ms)"
    )
    print(
        f"per durable tag: {tag_statements:.0f} SQL statements with BEGIN and COMMIT, {tag_frames:.0f} WAL pages written (the floor: 3 and {floor_frames})"
    )
    print(
        f"tag key press until the chip is painted: p50 {pct(key_times, 0.5) * ms:.2f} ms, p99 {pct(key_times, 0.99) * ms:.2f} ms"
    )
    print(
        f"  ... and the article list row refreshed after it: p50 {pct(list_times, 0.5) * ms:.2f} ms, p99 {pct(list_times, 0.99) * ms:.2f} ms"
    )
    print(f"full-text search over the project: {search_s * ms:.0f} ms ({found} articles, {first_hits})")
    print(
        f"  ... every hit found (up to 20000; the window answers keys meanwhile): {every_hit_s * ms:.0f} ms ({window.articles.hits.text()})"
    )
    print(f"peak RSS: {rss_mb:.0f} MB")
    print(f"mean commit {statistics.mean(commit_times) * ms:.2f} ms over {len(commit_times)} tags")
    window.close()
    sys.stdout.flush()
    os._exit(0)  # skip interpreter teardown: PySide6 can crash while collecting at exit


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--sentences", type=int, default=15, help="sentences per text (2 texts per article)")
    parser.add_argument("--tags", type=int, default=300)
    parser.add_argument("--moves", type=int, default=200)
    parser.add_argument("--keep", type=Path, help="reuse/keep the generated project at this path")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        os.environ.setdefault("SVERKA_HOME", str(Path(tmp) / "home"))
        os.environ["XDG_CONFIG_HOME"] = str(Path(tmp) / "config")
        path = args.keep or Path(tmp) / "bench.sverka"
        if not path.exists():
            t = time.perf_counter()
            generate(path, args.articles, args.sentences)
            print(
                f"generated {args.articles} articles / {args.articles * 2 * args.sentences} sentences "
                f"in {time.perf_counter() - t:.1f} s ({path.stat().st_size / 1e6:.0f} MB)"
            )
        run(path, args.tags, args.moves)
    return 0


if __name__ == "__main__":
    sys.exit(main())
