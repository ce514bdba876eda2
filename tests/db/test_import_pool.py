"""The import with its CPU work in worker processes (sverka.cpu_pool): the same project as
the import that does everything in-process — rows, alignment scores, mentions — and a cancel
in the middle leaves whole batches only, which the next open finishes.

The pool is forced on (two spawned workers, no size threshold) and waited for until warm, so
the importer's batches, the aligning and the name matching all go through it."""

from __future__ import annotations

import threading
import time
from pathlib import Path

import pytest
from sqlalchemy import text

from sverka.cpu_pool import CpuPool
from sverka.db.project import Project, open_project
from sverka.ops.ingest import importer as importer_module
from sverka.ops.workflows import import_worker, resume
from sverka.progress import CancelToken

FLORES = Path(__file__).resolve().parents[3] / "shared" / "corpora" / "flores200-devtest"
ARTICLES = 40


def write_folder(folder: Path) -> None:
    ru = (FLORES / "rus_Cyrl.devtest").read_text(encoding="utf-8").splitlines()
    en = (FLORES / "eng_Latn.devtest").read_text(encoding="utf-8").splitlines()
    folder.mkdir()
    for n in range(ARTICLES):
        # 5-7 sentences each; the translation of every seventh article leaves one out
        picks = list(range(n * 7, n * 7 + 5 + n % 3))
        kept = picks[:-2] + picks[-1:] if n % 7 == 0 else picks
        (folder / f"{n:03d}.ru.txt").write_text(" ".join(ru[i] for i in picks) + "\n", encoding="utf-8")
        (folder / f"{n:03d}.en.txt").write_text(" ".join(en[i] for i in kept) + "\n", encoding="utf-8")


def warm_pool() -> CpuPool:
    pool = CpuPool(2, warm=import_worker.warm_worker, min_articles=1)
    pool.start(1)
    deadline = time.monotonic() + 120
    while not pool.warm:
        assert pool.parallel, "the pool could not start"
        assert time.monotonic() < deadline, "the workers did not start"
        time.sleep(0.05)
    return pool


def snapshot(project: Project) -> dict[str, list[tuple[object, ...]]]:
    """The project's content without its random ids: every row addressed by what it is."""
    queries = {
        "articles": "SELECT title, checksum, position, status FROM article ORDER BY position",
        "texts": "SELECT a.position, t.position, t.lang, t.role, t.content, t.checksum FROM text t"
        " JOIN article a ON a.id = t.article_id ORDER BY 1, 2",
        "sentences": 'SELECT t.checksum, s.idx, s.start, s."end", s.kind, s.lang FROM sentence s'
        " JOIN text t ON t.id = s.text_id ORDER BY 1, 2",
        "links": "SELECT t.checksum, l.src_from, l.src_to, l.tgt_from, l.tgt_to, l.origin, l.score FROM link l"
        " JOIN text t ON t.id = l.translation_id ORDER BY 1, 2, 4",
        "mentions": 'SELECT t.checksum, s.idx, m.start, m."end", m.surface, m.in_edit, m.alternatives,'
        " v.spelling, v.origin, e.canonical, e.kind, e.origin, e.gazetteer_key, e.cluster_key"
        " FROM mention m JOIN sentence s ON s.id = m.sentence_id JOIN text t ON t.id = m.text_id"
        " JOIN variant v ON v.id = m.variant_id JOIN entity e ON e.id = v.entity_id ORDER BY 1, 2, 3",
        "variants": "SELECT v.spelling, v.lang, v.script, v.key, v.origin, e.canonical FROM variant v"
        " JOIN entity e ON e.id = v.entity_id ORDER BY 1, 5, 6",
        "pending": "SELECT COUNT(*) FROM project_info WHERE key LIKE 'pending/%'",
    }
    with project.sessions() as session:
        return {name: [tuple(r) for r in session.execute(text(sql))] for name, sql in queries.items()}


def imported(path: Path, folder: Path, pool: CpuPool | None, monkeypatch: pytest.MonkeyPatch) -> Project:
    project = open_project(path, create=True)
    with monkeypatch.context() as patch:
        patch.setattr(importer_module, "BATCH_ARTICLES", 8)  # several batches in flight
        patch.setattr(importer_module, "FIRST_BATCH", 8)
        patch.setattr(resume, "import_pool", (lambda: pool) if pool is not None else (lambda: CpuPool(0)))
        got = resume.import_paths(project, [folder])
    assert not got.report.errors
    assert got.report.articles == ARTICLES
    return project


@pytest.mark.slow
@pytest.mark.parametrize("caller", ["main-thread", "writer-thread"])
def test_the_pooled_import_makes_the_same_project_as_the_in_process_one(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caller: str
) -> None:
    folder = tmp_path / "files"
    write_folder(folder)
    alone = imported(tmp_path / "alone.sverka", folder, None, monkeypatch)
    pools: list[CpuPool] = []
    done: list[Project] = []

    def run() -> None:
        pools.append(warm_pool())
        done.append(imported(tmp_path / "pooled.sverka", folder, pools[0], monkeypatch))

    if caller == "main-thread":
        run()
    else:  # as the GUI runs it: on its writer thread, which starts the workers there
        writer = threading.Thread(target=run)
        writer.start()
        writer.join(timeout=300)
    [pool], [pooled] = pools, done
    assert pool.sent > 0 and pool.fallbacks == 0  # the work went to the workers, none came back undone
    want, got = snapshot(alone), snapshot(pooled)
    assert len(want["links"]) >= ARTICLES * 5 and len(want["mentions"]) > ARTICLES
    assert any(row[3] == row[4] for row in want["links"])  # the left-out sentences: 1-0 rows
    for table in want:
        assert got[table] == want[table], table
    alone.close()
    pooled.close()


@pytest.mark.slow
def test_a_cancel_in_the_middle_of_a_pooled_import_leaves_whole_batches_that_the_next_open_finishes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "files"
    write_folder(folder)
    alone = imported(tmp_path / "alone.sverka", folder, None, monkeypatch)
    want = snapshot(alone)
    alone.close()
    project = open_project(tmp_path / "cut.sverka", create=True)
    cancel = CancelToken()

    def progress(done: int, total: int, what: str = "") -> None:
        if what == "importing" and done >= 16:
            cancel.cancel()  # after two batches of eight

    pool = warm_pool()
    with monkeypatch.context() as patch:
        patch.setattr(importer_module, "BATCH_ARTICLES", 8)
        patch.setattr(importer_module, "FIRST_BATCH", 8)
        patch.setattr(resume, "import_pool", lambda: pool)
        got = resume.import_paths(project, [folder], progress=progress, cancel=cancel)
    assert got.report.cancelled
    cut = snapshot(project)
    stored = len(cut["articles"])
    assert 0 < stored < ARTICLES and stored % 8 == 0  # whole batches, never a part of one
    # every stored article has both its texts and all their sentences
    assert cut["texts"] == want["texts"][: 2 * stored]
    checksums = {row[5] for row in cut["texts"]}
    assert cut["sentences"] == [row for row in want["sentences"] if row[0] in checksums]
    assert cut["pending"] == [(1,)]  # the follow-up steps are recorded as left to do
    # what the next open does: the steps left run, and the articles stored are as if whole
    resume.finish_abandoned(project)
    done = snapshot(project)
    assert done["links"] == [row for row in want["links"] if row[0] in checksums]
    # where the names are (which entity a new name joins depends on the other articles' names)
    assert [m[:5] for m in done["mentions"]] == [m[:5] for m in want["mentions"] if m[0] in checksums]
    assert done["pending"] == [(0,)]
    project.close()
