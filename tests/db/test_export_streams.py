"""A large export reads its annotations, notes and MQM issues in ordered passes
(``streams``); its records are exactly those of the per-chunk queries, whatever the filters,
ties in the article order and chunk size."""

from __future__ import annotations

import json
from collections.abc import Callable, Generator, Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select, update
from sqlalchemy.orm import Session

from sverka.db.models import Annotation, Article, Note, Sentence, Text
from sverka.db.project import Project, open_project
from sverka.ops import history
from sverka.ops.annotation.schemas import find_label
from sverka.ops.export import streams as streams_module
from sverka.ops.export.options import ExportOptions, Filters
from sverka.ops.export.queries import ANNOTATIONS_IN_ARTICLE_ORDER
from sverka.ops.export.records import article_order, iter_chunks, record_keys_of
from sverka.ops.export.streams import ArticleStream, OrderMismatch, Streams
from sverka.ops.export.writers import export_file
from sverka.ops.ingest.importer import Importer
from sverka.ops.review import mqm
from sverka.ops.teams.annotators import ensure_annotator
from sverka.ops.workflows.project import initialise

ARTICLES = 14


def _rows() -> list[dict[str, str]]:
    rows = []
    for n in range(ARTICLES):
        rows.append(
            {
                "id": f"a{n}",
                "title": f"Статья {n}",
                "date": f"2022-01-{n + 1:02d}",
                "lang": "ru",
                "text": f"В городе {n} прошли протесты. Задержаны {n} человек. Власти молчат.",
            }
        )
        if n % 4 != 3:  # some articles have no translation
            rows.append(
                {
                    "id": f"a{n}-en",
                    "translation_of": f"a{n}",
                    "lang": "en",
                    "text": f"Protests in city {n}. {n} people detained. The authorities are silent.",
                }
            )
    return rows


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    folder = tmp_path_factory.mktemp("stream")
    path = folder / "p.sverka"
    project = open_project(path, create=True)
    initialise(project)
    data = folder / "in.jsonl"
    data.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in _rows()), "utf-8")
    assert not Importer(project).import_paths([data]).errors
    with project.transaction() as session:
        ana, bob = ensure_annotator(session, "ana"), ensure_annotator(session, "bob")
        model = ensure_annotator(session, "model-v1", "model")
        protest, arrest = find_label(session, "protest"), find_label(session, "arrest")
        assert protest and arrest
        sentences = session.execute(
            select(Sentence.id, Text.role)
            .join(Text, Text.id == Sentence.text_id)
            .join(Article, Article.id == Text.article_id)
            .order_by(Article.position, Text.position, Sentence.idx)
        ).all()
        for i, (sid, role) in enumerate(sentences):
            if i % 3 == 0:  # originals and translations: a translation label counts in the status
                session.add(Annotation(sentence_id=sid, label_id=protest.id, annotator_id=ana))
            if i % 5 == 0:
                session.add(Annotation(sentence_id=sid, label_id=arrest.id, annotator_id=bob, note="n"))
            if role == "original" and i % 7 == 0:
                session.add(Annotation(sentence_id=sid, label_id=arrest.id, annotator_id=model))
            if role == "original" and i % 4 == 1:
                session.add(Note(sentence_id=sid, annotator_id=bob if i % 8 == 1 else ana, body=f"note {i}"))
        targets = [sid for sid, role in sentences if role == "translation"]
        # Ties in the list order: ids must break them alike in both reads.
        first_ids = list(session.scalars(select(Article.id).order_by(Article.position).limit(6)))
        session.execute(update(Article).where(Article.id.in_(first_ids)).values(position=0))
    for k, target in enumerate(targets[::4]):  # MQM issues, two on some sentences
        for start in (4, 0) if k % 2 else (0,):
            assert history.execute(project, _issue(target, start, ana), ana) is not None
    project.close()
    yield path


def _issue(target: str, start: int, who: str) -> Callable[[Session], Any]:
    return lambda s: mqm.build_add_issue(s, target, start, start + 3, "terminology", "minor", "", who)


@pytest.fixture
def project(built: Path) -> Iterator[Project]:
    opened = open_project(built)
    yield opened
    opened.close()


def _records(
    project: Project, options: ExportOptions, stream: bool, articles: int, mp: pytest.MonkeyPatch
) -> list[tuple[Any, ...]]:
    mp.setattr(streams_module, "MIN_ARTICLES", 0 if stream else 10**9)
    keys = record_keys_of(options)
    out: list[tuple[Any, ...]] = []
    for chunk in iter_chunks(project, options, articles=articles):
        out.extend(zip(*(chunk.columns[k] for k in keys), strict=True))
    return out


@pytest.mark.parametrize(
    "options",
    [
        ExportOptions(),
        ExportOptions(filters=Filters(date_from="2022-01-03", date_to="2022-01-11")),
        ExportOptions(filters=Filters(statuses=("in_progress",))),
        ExportOptions(labeled_only=True, filters=Filters(annotators=("bob",))),
    ],
    ids=["all", "dates", "status", "bob-labeled"],
)
@pytest.mark.parametrize("articles", [2, 200])
def test_stream_gives_the_per_chunk_records(
    project: Project, options: ExportOptions, articles: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    streamed = _records(project, options, True, articles, monkeypatch)
    queried = _records(project, options, False, articles, monkeypatch)
    assert streamed == queried
    assert streamed, "the filter must leave records to compare"
    keys = record_keys_of(options)
    for key in ("annotations", "notes", "mqm"):
        assert any(values[keys.index(key)] for values in streamed), key


def test_jsonl_files_are_identical(project: Project, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(streams_module, "MIN_ARTICLES", 0)
    export_file(project, "jsonl", tmp_path / "streamed.jsonl")
    monkeypatch.setattr(streams_module, "MIN_ARTICLES", 10**9)
    export_file(project, "jsonl", tmp_path / "queried.jsonl")
    streamed = (tmp_path / "streamed.jsonl").read_bytes()
    assert streamed == (tmp_path / "queried.jsonl").read_bytes()
    statuses = {json.loads(line)["status"] for line in streamed.splitlines()}
    assert "in_progress" in statuses


def test_only_large_sqlite_exports_stream(project: Project) -> None:
    with project.sessions() as session:
        conn = session.connection()
        ids = article_order(session, ExportOptions())
        assert not Streams.suits(conn, ids) and not Streams(conn, ids).streams
        assert Streams.suits(conn, ids * (streams_module.MIN_ARTICLES // len(ids) + 1))


def test_chunks_out_of_order_are_refused(project: Project) -> None:
    with project.sessions() as session:
        ids = article_order(session, ExportOptions())
        rank = {article_id: i for i, article_id in enumerate(ids)}
        stream = ArticleStream(session.connection(), ANNOTATIONS_IN_ARTICLE_ORDER, rank)
        assert stream.take([]) == []
        with pytest.raises(OrderMismatch):
            stream.take(ids[2:4])  # the stream is at the first article
        taken = stream.take(ids[:3])
        assert taken and all(len(row) == 8 for row in taken)
        with pytest.raises(OrderMismatch):
            stream.take(ids[:3])  # already taken


def test_an_export_stopped_early_ends_its_statements(project: Project, monkeypatch: pytest.MonkeyPatch) -> None:
    """A cancelled export (the GUI's Cancel closes the chunk generator) leaves no read open."""
    monkeypatch.setattr(streams_module, "MIN_ARTICLES", 0)
    closed: list[str] = []
    real_close = ArticleStream.close

    def close(self: ArticleStream) -> None:
        closed.append(type(self).__name__)
        real_close(self)

    monkeypatch.setattr(ArticleStream, "close", close)
    chunks = iter_chunks(project, ExportOptions(), articles=2)
    assert isinstance(chunks, Generator) and next(chunks).sources
    chunks.close()
    assert len(closed) == len(streams_module.STATEMENTS)
