"""The import pipeline (the next batch prepared on a second thread while this one is written)
and the grouped commits of the post-import alignment: same rows as one batch at a time, and a
cancel stops between batches without storing a cut-short one."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from sverka.core.readers import ArticleDraft, TextDraft
from sverka.db.models import Article, Link, Sentence, Text
from sverka.db.project import Project
from sverka.ops.alignment import run as align_run
from sverka.ops.ingest import importer as importer_module
from sverka.ops.ingest.importer import Importer
from sverka.ops.ingest.prepare import prepare_batch
from sverka.progress import CancelToken

RU = "Протесты в Алматы.\n\nЖители вышли на площадь. Цены на газ выросли вдвое. Власти молчат.\n"
EN = "Protests in Almaty.\n\nResidents went to the square. Gas prices doubled. The authorities are silent.\n"


def drafts(count: int) -> list[ArticleDraft]:
    return [
        ArticleDraft(
            TextDraft(f"{RU}Сообщение {n}.\n", "ru", f"{n}.ru.txt"),
            [TextDraft(f"{EN}Report {n}.\n", "en", f"{n}.en.txt")],
            title=f"news {n}",
        )
        for n in range(count)
    ]


def counts(project: Project) -> tuple[int, int, int]:
    with project.sessions() as session:
        return (
            session.scalar(select(func.count(Article.id))) or 0,
            session.scalar(select(func.count(Text.id))) or 0,
            session.scalar(select(func.count(Sentence.id))) or 0,
        )


def test_every_batch_of_the_pipeline_is_stored_in_order(project: Project, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(importer_module, "BATCH_ARTICLES", 3)
    seen: list[tuple[int, int]] = []
    report = Importer(project, ["ru", "en"]).import_drafts(drafts(10))
    assert (report.articles, report.texts) == (10, 20)
    assert counts(project) == (10, 20, 10 * 2 * 5)
    with project.sessions() as session:
        titles = list(session.scalars(select(Article.title).order_by(Article.position)))
    assert titles == [f"news {n}" for n in range(10)]
    Importer(project, ["ru", "en"]).import_paths([], progress=lambda done, total, what: seen.append((done, total)))
    assert seen == []  # nothing to import: no batch, no thread work


def test_a_cancel_stops_between_batches_and_keeps_what_was_stored(
    project: Project, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(importer_module, "BATCH_ARTICLES", 2)
    cancel = CancelToken()
    stored: list[int] = []

    def progress(done: int, total: int, what: str) -> None:
        stored.append(done)
        if done >= 4:
            cancel.cancel()  # the batch being prepared meanwhile is dropped

    report = importer_module.Importer(project, ["ru", "en"])
    result = importer_module.ImportReport()
    report._write_all(drafts(9), result, progress, cancel)
    assert result.cancelled and result.articles == 4 and stored == [2, 4]
    assert counts(project)[0] == 4


def test_a_cancelled_preparation_returns_a_short_batch() -> None:
    cancel = CancelToken()
    cancel.cancel()
    assert prepare_batch(drafts(3), ("ru", "en"), cancel) == []


def test_alignment_commits_in_groups_and_stops_between_articles(
    project: Project, monkeypatch: pytest.MonkeyPatch
) -> None:
    report = Importer(project, ["ru", "en"]).import_drafts(drafts(5))
    ids = report.touched_article_ids
    monkeypatch.setattr(align_run, "GROUP_ARTICLES", 2)
    summary = align_run.align_project(project, ids)
    assert summary.articles == 5 and not summary.cancelled
    with project.sessions() as session:
        assert (session.scalar(select(func.count(Link.id))) or 0) > 0
    monkeypatch.setattr(align_run, "GROUP_SECONDS", -1.0)  # every article ends its group
    cancel = CancelToken()
    done: list[int] = []

    def progress(n: int, total: int, what: str) -> None:
        done.append(n)
        if n == 3:
            cancel.cancel()

    again = align_run.align_project(project, ids, progress=progress, cancel=cancel)
    assert again.cancelled and again.articles == 3 and done == [1, 2, 3]
