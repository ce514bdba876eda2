"""Import of a folder of real-sentence files against a raw floor script, in one run.

    .venv/bin/python bench/bench_import_files.py [--files 10000] [--sentences 8] [--json]

Writes ``--files`` plain-text files — ``NNNNN.ru.txt`` + ``NNNNN.en.txt`` pairs of FLORES-200
devtest sentences (Russian originals, their English translations) — and imports the folder
as ``sverka import`` does: read, segment, detect languages, store, then the post-import step
(alignment of each pair and name mentions). Then the floor: a plain script reads the same
files, splits sentences with one regex and ``executemany``-s them into a fresh copy of the
schema in one transaction (WAL, synchronous=FULL). Prints the split of the import (reading and
storing, language identification inside it, alignment, names) and the ratios.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import sqlite3
import sys
import tempfile
import time
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "desktop"))

FLORES = Path(__file__).resolve().parents[2] / "shared" / "corpora" / "flores200-devtest"
SENTENCE_END = re.compile(r"(?<=[.!?…])\s+")


def write_files(folder: Path, files: int, per_text: int) -> None:
    ru = (FLORES / "rus_Cyrl.devtest").read_text(encoding="utf-8").splitlines()
    en = (FLORES / "eng_Latn.devtest").read_text(encoding="utf-8").splitlines()
    for n in range(files // 2):
        picks = random.Random(n).sample(range(len(ru)), per_text)  # a different article each time
        (folder / f"{n:05d}.ru.txt").write_text(" ".join(ru[i] for i in picks) + "\n", encoding="utf-8")
        (folder / f"{n:05d}.en.txt").write_text(" ".join(en[i] for i in picks) + "\n", encoding="utf-8")


def raw_floor(folder: Path, target: Path) -> tuple[float, float]:
    """Read, regex-split, executemany, one transaction: what storing the sentences costs
    (wall and CPU seconds)."""
    from sqlalchemy import create_engine

    from sverka.db.models import Base

    engine = create_engine(f"sqlite:///{target}")
    Base.metadata.create_all(engine)
    engine.dispose()
    started, cpu = time.perf_counter(), time.process_time()
    conn = sqlite3.connect(target)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=FULL")
    articles, texts, sentences = [], [], []
    now = "2026-01-01 00:00:00"
    for n, ru in enumerate(sorted(folder.glob("*.ru.txt"))):
        aid = uuid.uuid4().hex
        articles.append((aid, ru.stem, None, None, f"{n:064d}", "todo", n, now))
        for pos, path in enumerate((ru, ru.with_name(ru.name.replace(".ru.", ".en.")))):
            content = path.read_text(encoding="utf-8")
            tid = uuid.uuid4().hex
            role = "original" if pos == 0 else "translation"
            lang = path.suffixes[0][1:]
            texts.append((tid, aid, lang, role, "imported", content, f"{n:060d}{pos:04d}", pos, now))
            offset = 0
            for idx, part in enumerate(SENTENCE_END.split(content.strip())):
                start = content.index(part, offset)
                offset = start + len(part)
                sentences.append((uuid.uuid4().hex, tid, idx, start, offset, "body", lang))
    with conn:
        conn.executemany(
            "INSERT INTO article (id, title, date, url, checksum, status, position, created_at)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            articles,
        )
        conn.executemany(
            "INSERT INTO text (id, article_id, lang, role, origin, content, checksum, position, created_at)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            texts,
        )
        conn.executemany(
            'INSERT INTO sentence (id, text_id, idx, start, "end", kind, lang) VALUES (?, ?, ?, ?, ?, ?, ?)',
            sentences,
        )
    conn.close()
    return time.perf_counter() - started, time.process_time() - cpu


def timed_methods(owner: Any, names: list[str], bucket: list[float]) -> Callable[[], None]:
    """Add the time spent in ``owner``'s methods to ``bucket[0]``; returns the undo."""
    saved = {name: getattr(owner, name) for name in names}

    def wrap(real: Callable[..., Any]) -> Callable[..., Any]:
        def timed(*args: Any, **kwargs: Any) -> Any:
            t = time.perf_counter()
            try:
                return real(*args, **kwargs)
            finally:
                bucket[0] += time.perf_counter() - t

        return timed

    for name, real in saved.items():
        setattr(owner, name, wrap(real))
    return lambda: [setattr(owner, name, real) for name, real in saved.items()] and None


def _children_cpu() -> float:
    t = os.times()
    return t.children_user + t.children_system


def measure(files: int, per_text: int, workers: int | None = None) -> dict[str, Any]:
    from sverka.core.langid import LanguageDetector
    from sverka.cpu_pool import CpuPool
    from sverka.db.project import open_project
    from sverka.ops.ingest.importer import Importer
    from sverka.ops.workflows import project as setup
    from sverka.ops.workflows.import_worker import warm_worker
    from sverka.ops.workflows.post_import import after_import

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "files"
        folder.mkdir()
        write_files(folder, files, per_text)
        project = open_project(Path(tmp) / "bench.sverka", create=True)
        setup.initialise(project, None)  # every language: what `sverka init` makes
        langid = [0.0]
        # Only the in-process detector is timed (a worker's time is its own).
        undo = timed_methods(LanguageDetector, ["detect_text", "detect_spans"], langid)
        # CPU seconds (every thread of this process) next to wall seconds: on a loaded
        # machine the wall figures mostly measure the other processes. The workers' CPU is
        # counted once they have exited (``workers_cpu_s``), as a total.
        children = _children_cpu()
        # what `sverka import` runs: one pool for the import and its follow-up steps
        pool = CpuPool(workers, warm=warm_worker)
        started, cpu = time.perf_counter(), time.process_time()
        report = Importer(project, pool=pool).import_paths([folder])
        stored, stored_cpu = time.perf_counter() - started, time.process_time() - cpu
        undo()
        assert not report.errors, report.errors[:3]
        started, cpu = time.perf_counter(), time.process_time()
        after_import(project, report, names=False, pool=pool)
        aligned, aligned_cpu = time.perf_counter() - started, time.process_time() - cpu
        started, cpu = time.perf_counter(), time.process_time()
        after_import(project, report, align=False, pool=pool)
        names, names_cpu = time.perf_counter() - started, time.process_time() - cpu
        parallel = pool.parallel
        pool.close()
        workers_cpu = _children_cpu() - children
        project.close()
        floor, floor_cpu = raw_floor(folder, Path(tmp) / "raw.sqlite")
    total = stored + aligned + names
    total_cpu = stored_cpu + aligned_cpu + names_cpu
    return {
        "files": files,
        "workers": pool.workers if parallel else 0,
        "articles": report.articles,
        "sentences": report.sentences,
        "import_s": total,
        "read_store_s": stored,
        "langid_s": langid[0],
        "align_s": aligned,
        "names_s": names,
        "floor_s": floor,
        "ratio": total / floor,
        "names_share": names / total,
        "langid_share": langid[0] / total,
        "import_cpu_s": total_cpu + workers_cpu,  # this process and its workers
        "main_cpu_s": total_cpu,
        "read_store_cpu_s": stored_cpu,
        "align_cpu_s": aligned_cpu,
        "names_cpu_s": names_cpu,
        "floor_cpu_s": floor_cpu,
        "workers_cpu_s": workers_cpu,
        "cpu_ratio": (total_cpu + workers_cpu) / floor_cpu,
        "names_cpu_share": names_cpu / total_cpu,
        "align_cpu_share": aligned_cpu / total_cpu,
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--files", type=int, default=10_000)
    parser.add_argument("--sentences", type=int, default=8, help="FLORES sentences per file")
    parser.add_argument("--json", action="store_true", help="print the figures as one JSON object")
    parser.add_argument(
        "--workers", type=int, default=None, help="worker processes (0: all in-process; default: as `sverka import`)"
    )
    args = parser.parse_args()
    got = measure(args.files, args.sentences, args.workers)
    if args.json:
        print(json.dumps(got))
        return 0
    print(f"files {got['files']}: {got['articles']} articles, {got['sentences']} sentences; {got['workers']} workers")
    print(f"import (read, segment, detect, store)  {got['read_store_s']:.2f} s")
    print(f"  of which language identification     {got['langid_s']:.2f} s ({got['langid_share']:.0%} of the import)")
    print(f"alignment                              {got['align_s']:.2f} s")
    print(f"name mentions                          {got['names_s']:.2f} s ({got['names_share']:.0%} of the import)")
    print(f"raw floor (read, regex, executemany)   {got['floor_s']:.2f} s")
    print(f"import / floor                         {got['ratio']:.1f}x (goal <= 3x)")
    print(
        f"CPU: import {got['main_cpu_s']:.2f} s (read/store {got['read_store_cpu_s']:.2f}, alignment"
        f" {got['align_cpu_s']:.2f}, names {got['names_cpu_s']:.2f} = {got['names_cpu_share']:.0%}),"
        f" + workers {got['workers_cpu_s']:.2f} s; floor {got['floor_cpu_s']:.2f} s, {got['cpu_ratio']:.1f}x"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
