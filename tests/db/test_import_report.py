"""The import hand-off: which articles an import touched (new and grown), where the added
texts go, and the post-import steps that work on exactly those articles."""

from __future__ import annotations

from sqlalchemy import func, select

from support.pair import EN, RU
from sverka.core.readers import ArticleDraft, TextDraft
from sverka.db.models import Link, Mention, Text
from sverka.db.project import Project
from sverka.ops.ingest.importer import Importer
from sverka.ops.ingest.report import ImportReport
from sverka.ops.views.article_list import article_rows
from sverka.ops.workflows.post_import import after_import

DE = "Proteste in Almaty\n\nAm 5. Januar protestierten viele Menschen in Almaty gegen steigende Gaspreise.\n"
UK = "Протести в Алмати\n\nП'ятого січня в Алмати пройшли масові протести проти зростання цін на газ.\n"


def draft(*translations: tuple[str, str]) -> ArticleDraft:
    return ArticleDraft(
        TextDraft(RU, "ru", "news.ru.txt"),
        [TextDraft(content, lang, f"news.{lang}.txt") for lang, content in translations],
        title="news",
    )


def positions(project: Project, article_id: str) -> list[tuple[int, str]]:
    with project.sessions() as session:
        return [
            (int(p), lang)
            for p, lang in session.execute(
                select(Text.position, Text.lang).where(Text.article_id == article_id).order_by(Text.position)
            )
        ]


def mentions_in(project: Project, article_id: str, lang: str) -> int:
    with project.sessions() as session:
        return int(
            session.scalar(
                select(func.count(Mention.id))
                .join(Text, Text.id == Mention.text_id)
                .where(Text.article_id == article_id, Text.lang == lang)
            )
            or 0
        )


def links_of(project: Project, article_id: str) -> int:
    with project.sessions() as session:
        query = select(func.count(Link.id)).join(Text, Text.id == Link.translation_id)
        return int(session.scalar(query.where(Text.article_id == article_id)) or 0)


def test_a_grown_article_is_reported_and_its_texts_follow_in_arrival_order(project: Project) -> None:
    importer = Importer(project)
    [article] = importer.import_drafts([draft(("en", EN))]).article_ids
    report = importer.import_drafts([draft(("en", EN), ("de", DE), ("uk", UK))])
    assert (report.articles, report.texts, report.duplicates) == (0, 2, 0)
    assert report.article_ids == [] and report.grown_article_ids == [article]
    assert report.touched_article_ids == [article]
    # Each text gets the next free place: the article list shows the languages as they came.
    assert positions(project, article) == [(0, "ru"), (1, "en"), (2, "de"), (3, "uk")]
    with project.sessions() as session:
        assert article_rows(session, [article])[article].languages == ("ru", "en", "de", "uk")


def test_an_article_new_in_this_import_that_grows_in_it_is_listed_once(project: Project) -> None:
    # Two records of one original in one import: the second adds German and repeats English.
    report = Importer(project).import_drafts([draft(("en", EN)), draft(("en", EN), ("de", DE))])
    [article] = report.article_ids
    assert report.grown_article_ids == [] and report.touched_article_ids == [article]
    assert (report.articles, report.texts, report.duplicates) == (1, 3, 0)
    assert positions(project, article) == [(0, "ru"), (1, "en"), (2, "de")]


def test_a_known_article_grown_twice_in_one_import_is_listed_once(project: Project) -> None:
    importer = Importer(project)
    [article] = importer.import_drafts([draft()]).article_ids
    report = importer.import_drafts([draft(("en", EN)), draft(("de", DE), ("de", DE))])
    assert report.grown_article_ids == [article] and report.touched_article_ids == [article]
    assert report.texts == 2  # the German given twice is added once
    assert positions(project, article) == [(0, "ru"), (1, "en"), (2, "de")]


def test_an_unchanged_article_is_a_duplicate_and_touches_nothing(project: Project) -> None:
    importer = Importer(project)
    importer.import_drafts([draft(("en", EN))])
    report = importer.import_drafts([draft(("en", EN))])
    assert (report.articles, report.texts, report.duplicates) == (0, 0, 1)
    assert report.touched_article_ids == [] and after_import(project, report).mentions == 0


def test_the_report_lists_new_articles_before_grown_ones() -> None:
    report = ImportReport()
    report.record_grown("known")
    report.record_new("fresh")
    report.record_grown("fresh")  # created earlier in this import: already listed
    report.record_grown("known")
    assert report.article_ids == ["fresh"] and report.grown_article_ids == ["known"]
    assert report.touched_article_ids == ["fresh", "known"]


def test_after_import_aligns_and_finds_names_in_new_and_grown_articles(project: Project) -> None:
    importer = Importer(project)
    [grown] = importer.import_drafts([draft()]).article_ids
    after_import(project, ImportReport(article_ids=[grown]))  # the original alone: its names are found
    original_mentions = mentions_in(project, grown, "ru")
    assert original_mentions > 0

    other = ArticleDraft(
        TextDraft("Другая статья\n\nТокаев выступил в Астане.\n", "ru", "o.ru.txt"),
        [TextDraft("Another article\n\nTokayev spoke in Astana.\n", "en", "o.en.txt")],
    )
    report = importer.import_drafts([draft(("en", EN)), other])
    [new] = report.article_ids
    assert report.grown_article_ids == [grown]
    after = after_import(project, report)
    assert after.aligned.articles == 2 and after.aligned.translations == 2
    for article in (grown, new):
        assert links_of(project, article) > 0 and mentions_in(project, article, "en") > 0
    assert mentions_in(project, grown, "ru") == original_mentions  # found again, not doubled
    assert after.mentions == sum(mentions_in(project, a, lang) for a in (grown, new) for lang in ("ru", "en"))


def test_after_import_steps_can_be_left_out(project: Project) -> None:
    report = Importer(project).import_drafts([draft(("en", EN))])
    [article] = report.article_ids
    after = after_import(project, report, align=False, names=False)
    assert after.aligned.translations == 0 and after.mentions == 0
    assert links_of(project, article) == 0 and mentions_in(project, article, "en") == 0
    after = after_import(project, report, align=False)
    assert after.aligned.translations == 0 and links_of(project, article) == 0 and after.mentions > 0
