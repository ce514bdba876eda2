"""Export speed and memory at scale: JSONL and Parquet of a 1,000,000-sentence project against
a raw floor measured in the same run.

The project is generated directly (bulk rows: articles of 50 Russian sentences, each with an
English translation aligned 1-1 and a label on every fifth sentence), since importing a
million sentences would take the benchmark an hour before it measured anything; it is kept
(``--project PATH``) so a second run measures at once.

The floor is the least any exporter must do: read the same original sentences and their
articles' titles straight from the project's tables with sqlite3 and write one
``json.dumps`` line each. Every measurement runs in a fresh process (peak RSS is that
process's); each is repeated (``--repeat``, median reported).

    python bench/bench_export.py [--sentences 1000000] [--project PATH] [--repeat 3]
"""

from __future__ import annotations

import argparse
import json
import resource
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "desktop"))

PER_ARTICLE = 50
CHUNK_ARTICLES = 500


def build(path: Path, sentences: int) -> None:
    from sqlalchemy import insert, select

    from sverka.db.models import Annotation, Article, Label, Link, Sentence, Text, new_id
    from sverka.db.project import open_project
    from sverka.ops.annotation.schemas import annotator_id
    from sverka.ops.workflows.project import initialise

    project = open_project(path, create=True)
    initialise(project)
    now = datetime.now(UTC)
    with project.transaction() as session:
        who = annotator_id(session, "ana")
        label = session.scalar(select(Label.id).where(Label.name == "protest"))
    articles = max(1, sentences // PER_ARTICLE)
    for first in range(0, articles, CHUNK_ARTICLES):
        rows: dict[str, list[dict[str, object]]] = {"a": [], "t": [], "s": [], "l": [], "n": []}
        for a in range(first, min(articles, first + CHUNK_ARTICLES)):
            article_id = new_id()
            rows["a"].append(
                {
                    "id": article_id,
                    "title": f"Статья {a} о январских событиях",
                    "date": "2022-01-05",
                    "external_id": f"wmt-{a}",
                    "checksum": f"{a:064d}",
                    "status": "todo",
                    "position": a,
                    "created_at": now,
                }
            )
            for role, lang, word in (("original", "ru", "Предложение"), ("translation", "en", "Sentence")):
                text_id = new_id()
                parts = [f"{word} {k} статьи {a} о протестах в Алматы." for k in range(PER_ARTICLE)]
                rows["t"].append(
                    {
                        "id": text_id,
                        "article_id": article_id,
                        "lang": lang,
                        "role": role,
                        "origin": "imported",
                        "content": " ".join(parts),
                        "checksum": f"{a:063d}{role[0]}",
                        "position": 0 if role == "original" else 1,
                        "created_at": now,
                    }
                )
                start = 0
                for k, part in enumerate(parts):
                    sid = new_id()
                    rows["s"].append(
                        {
                            "id": sid,
                            "text_id": text_id,
                            "idx": k,
                            "start": start,
                            "end": start + len(part),
                            "kind": "body",
                            "lang": lang,
                        }
                    )
                    start += len(part) + 1
                    if role == "original" and k % 5 == 0:
                        rows["n"].append(
                            {
                                "id": new_id(),
                                "sentence_id": sid,
                                "label_id": label,
                                "annotator_id": who,
                                "created_at": now,
                            }
                        )
                    if role == "translation":
                        rows["l"].append(
                            {
                                "id": new_id(),
                                "translation_id": text_id,
                                "src_from": k,
                                "src_to": k + 1,
                                "tgt_from": k,
                                "tgt_to": k + 1,
                                "origin": "auto",
                                "score": 1.0,
                            }
                        )
        with project.transaction() as session:
            for model, key in ((Article, "a"), (Text, "t"), (Sentence, "s"), (Link, "l"), (Annotation, "n")):
                session.execute(insert(model), rows[key])
        print(f"built {min(articles, first + CHUNK_ARTICLES) * PER_ARTICLE} sentences", file=sys.stderr)
    project.close()


def floor(project: Path, out: Path) -> int:
    """The raw floor: original sentences and titles with sqlite3, one json.dumps line each."""
    con = sqlite3.connect(project)
    count = 0
    with out.open("w", encoding="utf-8") as f:
        for sid, title, text in con.execute(
            'SELECT s.id, a.title, substr(t.content, s.start + 1, s."end" - s.start) FROM sentence s '
            "JOIN text t ON t.id = s.text_id JOIN article a ON a.id = t.article_id "
            "WHERE t.role = 'original' ORDER BY a.position, s.idx"
        ):
            f.write(json.dumps({"sentence_id": sid, "title": title, "text": text}, ensure_ascii=False) + "\n")
            count += 1
    con.close()
    return count


def sverka_export(project: Path, out: Path, fmt: str) -> int:
    from sverka.db.project import open_project
    from sverka.ops.export.writers import export_file

    opened = open_project(project)
    try:
        return export_file(opened, fmt, out)
    finally:
        opened.close()


def measure_one(kind: str, project: Path, out: Path) -> None:
    """Run in a child process: one measurement, printed as JSON."""
    started, cpu = time.perf_counter(), time.process_time()
    rows = floor(project, out) if kind == "floor" else sverka_export(project, out, kind)
    seconds, cpu = time.perf_counter() - started, time.process_time() - cpu
    print(json.dumps({"rows": rows, "seconds": seconds, "cpu": cpu, "rss_mb": peak_rss_mb(), "file_mb": file_rss_mb()}))


def file_rss_mb() -> float:
    """The file-backed part of this process's RSS at the end (RssFile: mostly the pages of
    shared libraries it loaded, pyarrow's ~30 MB among them), which the peak includes."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("RssFile:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0


def peak_rss_mb() -> float:
    """This process's peak RSS (VmHWM: unlike ru_maxrss it starts afresh at exec)."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def child(kind: str, project: Path, out: Path) -> dict[str, float]:
    done = subprocess.run(
        [sys.executable, __file__, "--child", kind, "--project", str(project), "--out", str(out)],
        check=True,
        capture_output=True,
        text=True,
    )
    return json.loads(done.stdout.strip().splitlines()[-1])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sentences", type=int, default=1_000_000)
    parser.add_argument("--project", type=Path, help="the generated project (kept; made if missing)")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--formats", default="jsonl,parquet")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    parser.add_argument("--out", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        measure_one(args.child, args.project, args.out)
        return 0
    work = Path(tempfile.mkdtemp(prefix="bench-export-"))
    project = args.project or work / f"export-{args.sentences}.sverka"
    if not project.exists():
        started = time.perf_counter()
        build(project, args.sentences)
        print(f"generated {project} in {time.perf_counter() - started:.0f} s", file=sys.stderr)
    results: dict[str, list[dict[str, float]]] = {}
    for _ in range(args.repeat):  # interleaved, so a load spike hits every kind alike
        for kind in ["floor", *args.formats.split(",")]:
            results.setdefault(kind, []).append(child(kind, project, work / f"out.{kind}"))
    base = statistics.median(r["seconds"] for r in results["floor"])
    base_cpu = statistics.median(r["cpu"] for r in results["floor"])
    print("(wall and CPU seconds are medians; on a shared machine the CPU ratio is the steadier one)")
    print("(peak RSS is VmHWM, file-backed pages included; 'files' is the file-backed part at the end)")
    print(
        f"{'':8} {'rows':>9} {'wall s':>7} {'rows/s':>8} {'× floor':>8} {'CPU s':>7} {'× floor':>8} {'peak RSS':>9}"
        f" {'files':>6}"
    )
    for kind, runs in results.items():
        seconds = statistics.median(r["seconds"] for r in runs)
        cpu = statistics.median(r["cpu"] for r in runs)
        rows = int(runs[0]["rows"])
        rss = max(r["rss_mb"] for r in runs)
        files = max(r.get("file_mb", 0.0) for r in runs)
        print(
            f"{kind:8} {rows:9d} {seconds:7.1f} {rows / seconds:8.0f} {seconds / base:8.2f} "
            f"{cpu:7.1f} {cpu / base_cpu:8.2f} {rss:6.0f} MB {files:3.0f} MB"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
