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
from pathlib import Path

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


def raw_commit_floor(folder: Path, count: int) -> list[float]:
    """The floor of a durable tag: one-row INSERT + COMMIT with plain sqlite3, in a file beside
    the project, with the project's journal mode (WAL) and synchronous=FULL."""
    import sqlite3

    path = folder / "floor.sqlite"
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=FULL")
    conn.execute("CREATE TABLE IF NOT EXISTS t (id TEXT PRIMARY KEY, sentence_id TEXT, label_id TEXT, at TEXT)")
    times = []
    for i in range(count):
        t = time.perf_counter()
        conn.execute("BEGIN")
        conn.execute("INSERT INTO t VALUES (?, ?, ?, ?)", (f"{i:032x}{time.time_ns()}", "s", "l", "now"))
        conn.execute("COMMIT")
        times.append(time.perf_counter() - t)
    conn.close()
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    return times


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
    rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    # The floor, interleaved in time with the tags above as closely as a loop allows: same
    # disk, same load; measured right after them.
    floor_times = raw_commit_floor(path.parent, tags)

    t = time.perf_counter()
    window.articles.search.setText("Жанаозен площадь")
    window.articles.apply_filter()
    search_s = time.perf_counter() - t
    found = window.articles.model.rowCount()
    first_hits = window.articles.hits.text()
    finding = getattr(window.search_hits, "finding", False)  # the rest of the hits, in slices between events
    while finding and window.search_hits.finding:
        qapp.processEvents()
    every_hit_s = time.perf_counter() - t

    ms = 1000.0
    print(f"imports (UI, SQLAlchemy, Alembic; 0 when warm from generating): {imports * ms:.0f} ms")
    print(f"first paint (window + open project + article + undo stack): {first_paint * ms:.0f} ms")
    print(f"next sentence + repaint: p50 {pct(move_times, 0.5) * ms:.2f} ms, p99 {pct(move_times, 0.99) * ms:.2f} ms")
    print(
        f"durable tag (commit, synchronous=FULL): p50 {pct(commit_times, 0.5) * ms:.2f} ms, p99 {pct(commit_times, 0.99) * ms:.2f} ms"
    )
    floor_p99 = pct(floor_times, 0.99)
    print(
        f"raw sqlite3 one-row insert + commit (WAL, synchronous=FULL): p50 {pct(floor_times, 0.5) * ms:.2f} ms, p99 {floor_p99 * ms:.2f} ms; "
        f"durable tag p99 = {pct(commit_times, 0.99) / floor_p99:.2f}x the floor"
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
