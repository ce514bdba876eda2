"""Team work at scale: merging two annotators' copies of 100,000 labeled sentences each, the
agreement over the result, and the latency of a tag over a PostgreSQL team connection.

The copies are built directly (bulk rows in the exact shape `sverka tag` writes: an
annotation and its `add_label` event), since tagging 200,000 sentences one transaction at a
time would take the benchmark an hour before it measured anything.

    python bench/bench_teams.py [--sentences 100000] [--tags 500] [--no-postgres] [--no-merge]
"""

from __future__ import annotations

import argparse
import random
import shutil
import statistics
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "desktop"))
sys.path.insert(0, str(ROOT / "tests"))

from sqlalchemy import insert, select  # noqa: E402

from sverka.db.models import Annotation, Article, Event, Label, Sentence, Text, new_id  # noqa: E402
from sverka.db.project import Project, open_project  # noqa: E402
from sverka.ops import history  # noqa: E402
from sverka.ops.annotation import tagging  # noqa: E402
from sverka.ops.annotation.schemas import annotator_id  # noqa: E402
from sverka.ops.teams.agreement import project_agreement  # noqa: E402
from sverka.ops.teams.merge import merge_projects  # noqa: E402
from sverka.ops.workflows.project import initialise  # noqa: E402

PER_ARTICLE = 100
LABELS = ["protest", "violence", "casualties", "arrest", "official statement"]


def build_base(path: Path | str, sentences: int) -> list[str]:
    """A project of ``sentences`` original sentences (articles of 100); their ids."""
    project = open_project(path, create=True)
    initialise(project)
    ids: list[str] = []
    with project.transaction() as session:
        for a in range(max(1, sentences // PER_ARTICLE)):
            article_id, text_id = new_id(), new_id()
            body = " ".join(f"Sentence {k} of article {a} about the January events." for k in range(PER_ARTICLE))
            session.execute(
                insert(Article),
                [
                    {
                        "id": article_id,
                        "title": f"Article {a}",
                        "checksum": f"{a:064d}",
                        "status": "todo",
                        "position": a,
                        "created_at": datetime.now(UTC),
                    }
                ],
            )
            session.execute(
                insert(Text),
                [
                    {
                        "id": text_id,
                        "article_id": article_id,
                        "lang": "en",
                        "role": "original",
                        "origin": "imported",
                        "content": body,
                        "checksum": f"{a:064d}",
                        "position": 0,
                        "created_at": datetime.now(UTC),
                    }
                ],
            )
            rows, start = [], 0
            for k in range(PER_ARTICLE):
                length = len(f"Sentence {k} of article {a} about the January events.")
                sid = new_id()
                ids.append(sid)
                rows.append(
                    {
                        "id": sid,
                        "text_id": text_id,
                        "idx": k,
                        "start": start,
                        "end": start + length,
                        "kind": "body",
                        "lang": "en",
                    }
                )
                start += length + 1
            session.execute(insert(Sentence), rows)
    project.close()
    return ids


def label_everything(path: Path | str, who: str, sentences: list[str], seed: int) -> None:
    """One or two labels on every sentence by ``who``, with the add_label events tag writes."""
    project = open_project(path)
    rng = random.Random(seed)
    truth = random.Random(0)
    with project.transaction() as session:
        me = annotator_id(session, who)
        labels = {name: session.scalar(select(Label.id).where(Label.name == name)) for name in LABELS}
        seq = 0
        at = datetime.now(UTC) - timedelta(hours=200)
        annotations, events = [], []
        for sid in sentences:
            hidden = truth.choice(LABELS)
            chosen = {hidden if rng.random() < 0.8 else rng.choice(LABELS)}
            if rng.random() < 0.2:
                chosen.add(rng.choice(LABELS))
            for name in sorted(chosen):
                at += timedelta(seconds=3)
                row = {
                    "id": new_id(),
                    "sentence_id": sid,
                    "label_id": labels[name],
                    "annotator_id": me,
                    "link_id": None,
                    "note": None,
                    "created_at": at.isoformat(),
                }
                annotations.append({**row, "created_at": at})
                seq += 1
                events.append(
                    {
                        "id": new_id(),
                        "seq": seq,
                        "at": at,
                        "annotator_id": me,
                        "kind": "add_label",
                        "payload": tagging.AddAnnotation(row, name).to_payload(),
                        "state": "done",
                    }
                )
        for start in range(0, len(annotations), 10000):
            session.execute(insert(Annotation), annotations[start : start + 10000])
        for start in range(0, len(events), 10000):
            session.execute(insert(Event), events[start : start + 10000])
    project.close()


def timed(label: str, fn: object) -> object:
    wall, cpu = time.perf_counter(), time.process_time()
    result = fn()  # type: ignore[operator]
    print(f"{label}: {time.perf_counter() - wall:.1f} s wall, {time.process_time() - cpu:.1f} s CPU")
    return result


def bench_merge(sentences: int) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        base = folder / "base.sverka"
        ids = timed(f"build a base of {sentences} sentences", lambda: build_base(base, sentences))
        for name in ("ana", "bob", "team"):
            shutil.copy2(base, folder / f"{name}.sverka")
        timed("label every sentence in ana's copy", lambda: label_everything(folder / "ana.sverka", "ana", ids, 1))
        timed("label every sentence in bob's copy", lambda: label_everything(folder / "bob.sverka", "bob", ids, 2))
        target = open_project(folder / "team.sverka")
        sources = [(n, open_project(folder / f"{n}.sverka")) for n in ("ana", "bob")]
        report = timed("merge both copies into the base", lambda: merge_projects(target, sources))
        for line in report.sources:  # type: ignore[attr-defined]
            print("  " + line.summary())
        again = timed("merge them again (nothing to add)", lambda: merge_projects(target, sources))
        assert all(not r.added and not r.events_replayed for r in again.sources)  # type: ignore[attr-defined]
        for _, p in sources:
            p.close()
        with target.sessions() as session:
            result = timed("agreement over the merged project", lambda: project_agreement(session))
        overall = result.overall  # type: ignore[attr-defined]
        print(
            f"  {result.items} items; overall alpha {overall.krippendorff_alpha:.3f}, "  # type: ignore[attr-defined]
            f"kappa {overall.cohen_kappa['ana|bob']:.3f}"
        )
        target.close()


def tag_latency(project: Project, who: str, sentences: list[str], count: int) -> list[float]:
    with project.transaction() as session:
        me = annotator_id(session, who)
        label = session.scalar(select(Label.id).where(Label.name == "protest"))
    assert label is not None
    times = []
    for k in range(count):
        sid = sentences[k % len(sentences)]
        start = time.perf_counter()
        history.execute(project, lambda s, x=sid: tagging.build_toggle(s, x, label, me), me)
        times.append(1000 * (time.perf_counter() - start))
    return times


def _report(where: str, times: list[float]) -> None:
    ordered = sorted(times)
    p99 = ordered[min(len(ordered) - 1, int(0.99 * len(ordered)))]
    print(f"tag latency {where}: p50 {statistics.median(times):.1f} ms, p99 {p99:.1f} ms over {len(times)} tags")


def bench_postgres(count: int) -> None:
    from support.postgres import running_server, server_binaries
    from sverka.ops.teams.server import team_init

    bindir = server_binaries()
    if bindir is None:
        print("no PostgreSQL server binaries; tag latency over PostgreSQL skipped")
        return
    with running_server(bindir) as server:
        owner = server.createdb(bindir, "bench")
        team_init(owner, ["ana", "bob"], ["ada"])
        ids = build_base(owner, 10_000)
        project = open_project(server.url("bench", "ana"))  # ana's own role: row-level security on
        _report("over PostgreSQL (Unix socket, as role ana, RLS)", tag_latency(project, "ana", ids, count))
        project.close()
        project = open_project(owner)  # the owner: no row-level security, to see what it costs
        _report("over PostgreSQL as the owner (no RLS)", tag_latency(project, "bob", ids[5000:], count))
        project.close()
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "p.sverka"
        ids = build_base(path, 10_000)
        project = open_project(path)
        _report("on an SQLite file (for comparison)", tag_latency(project, "ana", ids, count))
        project.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sentences", type=int, default=100_000)
    parser.add_argument("--tags", type=int, default=500)
    parser.add_argument("--no-postgres", action="store_true")
    parser.add_argument("--no-merge", action="store_true", help="only the tag latency")
    args = parser.parse_args()
    if not args.no_merge:
        bench_merge(args.sentences)
    if not args.no_postgres:
        bench_postgres(args.tags)


if __name__ == "__main__":
    main()
