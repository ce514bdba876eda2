"""The full-text index of schema 0003 (issue 17 item 4): the article a match is in read off the
index's rowid, one document per sentence found by its id, kept in step by imports, post-edits,
translations and deletes — and the queries behind opening a project read indexes, not tables."""

from __future__ import annotations

import re
import shutil
import sqlite3
from pathlib import Path

from sqlalchemy import delete, event, select, text

from support.pair import write_pair, write_pairs
from sverka.db.models import Article, Sentence, Text
from sverka.db.project import Project, open_project
from sverka.db.search import ARTICLE_BITS, search_articles, search_sentences
from sverka.db.wording import sentence_wording
from sverka.ops import history
from sverka.ops.annotation.schemas import annotator_id
from sverka.ops.ingest.importer import Importer
from sverka.ops.review import postedit
from sverka.ops.views.article_list import ArticleFilter, article_ids, project_languages
from sverka.ops.views.search_hits import HitFinder, find_hits, word_spans

SNAPSHOTS = Path(__file__).resolve().parents[2] / "db" / "snapshots"


def _wordings(project: Project) -> dict[str, tuple[str, str]]:
    """sentence id -> (article id, current wording), from the tables (not the index)."""
    with project.sessions() as session:
        return {
            s.id: (t.article_id, sentence_wording(t, s))
            for s, t in session.execute(select(Sentence, Text).join(Text, Text.id == Sentence.text_id))
        }


def _matching(project: Project, word: str) -> set[str]:
    """The sentences whose wording has a word starting with ``word`` (what the index matches)."""
    pattern = re.compile(rf"(?<!\w){re.escape(word)}", re.IGNORECASE)
    return {sid for sid, (_, body) in _wordings(project).items() if pattern.search(body)}


def _index_is_in_step(project: Project) -> None:
    """One document per sentence, with its wording, in its article's rowid range."""
    sentences = _wordings(project)
    with project.sessions() as session:
        docs = session.execute(
            text(
                "SELECT d.id, d.sentence_id, d.body, k.article_id FROM sentence_fts_doc d "
                f"JOIN sentence_fts_article k ON k.key = d.id >> {ARTICLE_BITS}"
            )
        ).all()
        indexed = session.scalar(text("SELECT count(*) FROM sentence_fts"))
    assert {sid: (aid, body) for _, sid, body, aid in docs} == sentences
    assert indexed == len(docs) == len(sentences)


def test_imports_postedits_and_deletes_keep_the_index_in_step(project: Project, tmp_path: Path) -> None:
    report = Importer(project).import_paths([write_pairs(tmp_path / "many", 3)])
    Importer(project).import_paths(write_pair(tmp_path / "one"))  # a second import: new keys
    _index_is_in_step(project)
    with project.sessions() as session:
        assert set(search_sentences(session, "Almaty", limit=100)) == _matching(project, "Almaty")
        first = session.scalars(
            select(Sentence.id).join(Text, Text.id == Sentence.text_id).where(Text.role == "translation")
        ).first()
    assert first is not None
    with project.transaction() as session:
        who = annotator_id(session, "ana")
    history.execute(project, lambda s: postedit.build_postedit(s, first, "Zhanaozen unrest spreads", who), who)
    _index_is_in_step(project)
    with project.sessions() as session:
        assert search_sentences(session, "Zhanaozen unrest") == [first]
        gone = report.article_ids[0]
        session.execute(delete(Article).where(Article.id == gone))  # cascades to its sentences
        session.commit()
    _index_is_in_step(project)
    with project.sessions() as session:
        assert gone not in search_articles(session, "Almaty")
        assert set(search_sentences(session, "Almaty", limit=100)) == _matching(project, "Almaty")


def test_a_sentence_added_to_an_indexed_article_gets_a_rowid_of_its_own(project: Project, tmp_path: Path) -> None:
    """The per-row trigger (an insert outside a bulk import) numbers on after the article's last document."""
    Importer(project).import_paths(write_pair(tmp_path / "one"))
    with project.transaction() as session:
        text_id, last = session.execute(
            select(Sentence.text_id, Sentence.idx).order_by(Sentence.idx.desc()).limit(1)
        ).one()
        content = session.scalar(select(Text.content).where(Text.id == text_id)) or ""
        session.add(Sentence(text_id=text_id, idx=last + 1, start=0, end=min(8, len(content)), lang="ru"))
    _index_is_in_step(project)


def test_an_0002_project_is_reindexed_by_the_upgrade(tmp_path: Path) -> None:
    copy = tmp_path / "old.sverka"
    shutil.copy2(SNAPSHOTS / "0002.sverka", copy)
    with sqlite3.connect(copy) as conn:  # what the 0002 index found, straight from its table
        before = {
            q: sorted(
                r[0] for r in conn.execute("SELECT sentence_id FROM sentence_fts WHERE sentence_fts MATCH ?", (q,))
            )
            for q in ('"Almaty"*', '"Post"* "edited"*', '"Алматы"*')
        }
    project = open_project(copy)
    try:
        _index_is_in_step(project)
        with project.sessions() as session:
            for q, ids in before.items():
                words = " ".join(re.findall(r"\w+", q))
                assert sorted(search_sentences(session, words, limit=10_000)) == ids, q
            assert before['"Post"* "edited"*']  # the snapshot's post-edit is found by its new wording
    finally:
        project.close()


def test_the_lazy_finder_finds_what_the_whole_search_finds(project: Project, tmp_path: Path) -> None:
    Importer(project).import_paths([write_pairs(tmp_path / "many", 40)])
    sentences = _wordings(project)
    with project.sessions() as session:
        ids = article_ids(session, ArticleFilter("Almaty"))
        whole = find_hits(session, "Almaty", ids)
        finder = HitFinder(session, "Almaty", ids)
        first = finder.more(session, 3)
        assert 3 <= len(first) < len(whole) and not finder.complete
        while finder.more(session, 5):
            pass
        assert finder.complete and finder.hits == whole
    # … and the whole search is every word start of "Almaty", article by article in list order
    by_article = {aid: i for i, aid in enumerate(ids)}
    assert len(ids) == 40 and [by_article[h.article_id] for h in whole] == sorted(
        by_article[h.article_id] for h in whole
    )
    for hit in whole:
        assert (hit.start, hit.end) in word_spans(sentences[hit.sentence_id][1], ["Almaty"])
    assert len(whole) == sum(len(word_spans(body, ["Almaty"])) for _, body in sentences.values())


def test_opening_a_project_reads_indexes_not_tables(project: Project, tmp_path: Path) -> None:
    """The languages and the article order come from small covering indexes, and a search
    lists its articles without reading a document (the plans of the statements really run)."""
    Importer(project).import_paths(write_pair(tmp_path / "one"))
    captured: list[tuple[str, object]] = []
    listen = event.listens_for(project.engine, "before_cursor_execute")
    listen(lambda _c, _cur, statement, params, *_: captured.append((statement, params)))

    def plans(read: object) -> list[str]:
        captured.clear()
        with project.sessions() as session:
            read(session)  # type: ignore[operator]
        ran = list(captured)
        with project.engine.connect() as conn:
            return [
                " | ".join(r[3] for r in conn.exec_driver_sql(f"EXPLAIN QUERY PLAN {sql}", params))  # type: ignore[arg-type]
                for sql, params in ran
            ]

    (languages,) = plans(project_languages)
    assert "COVERING INDEX ix_text_lang" in languages, languages
    (order,) = plans(article_ids)
    assert "COVERING INDEX ix_article_order" in order and "TEMP B-TREE" not in order, order
    searched = plans(lambda session: article_ids(session, ArticleFilter("Almaty")))
    assert searched and not any("sentence_fts_doc" in plan or "SCAN text" in plan for plan in searched), searched


def test_the_language_list_follows_imports_and_deletes(project: Project, tmp_path: Path) -> None:
    with project.sessions() as session:
        assert project_languages(session) == []
    report = Importer(project).import_paths(write_pair(tmp_path / "one"))
    with project.sessions() as session:
        assert sorted(project_languages(session)) == ["en", "ru"]
        session.execute(delete(Article).where(Article.id.in_(report.article_ids)))
        session.commit()
        assert project_languages(session) == []


def test_a_head_file_without_the_search_documents_is_refused(project_path: Path) -> None:
    import pytest

    from sverka.db.project import ProjectError

    with sqlite3.connect(project_path) as conn:
        conn.execute("DROP TABLE sentence_fts_doc")
    with pytest.raises(ProjectError, match=r"incomplete project .*sentence_fts_doc"):
        open_project(project_path)
