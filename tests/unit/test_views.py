"""The Qt-free queries behind the desktop views, and the session queue."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import insert

from sverka.db.models import Article, Link, Sentence, Text, new_id
from sverka.db.project import Project, open_project
from sverka.ops import history, views
from sverka.ops.annotation import sessions, tagging
from sverka.ops.annotation.schemas import annotator_id, list_labels
from sverka.ops.workflows.project import initialise


def _add_article(project: Project, title: str, src: list[str], tgt: list[str] | None, position: int) -> str:
    aid = new_id()
    with project.transaction() as s:
        s.execute(
            insert(Article),
            [
                {
                    "id": aid,
                    "title": title,
                    "checksum": aid,
                    "position": position,
                    "date": f"2022-01-0{position + 1}",
                }
            ],
        )
        for pos, (lang, role, sents) in enumerate((("ru", "original", src), ("en", "translation", tgt))):
            if sents is None:
                continue
            tid, content = new_id(), " ".join(sents)
            s.execute(
                insert(Text),
                [
                    {
                        "id": tid,
                        "article_id": aid,
                        "lang": lang,
                        "role": role,
                        "content": content,
                        "checksum": tid,
                        "position": pos,
                    }
                ],
            )
            offset, rows = 0, []
            for idx, body in enumerate(sents):
                rows.append(
                    {
                        "id": new_id(),
                        "text_id": tid,
                        "idx": idx,
                        "start": offset,
                        "end": offset + len(body),
                        "lang": lang,
                    }
                )
                offset += len(body) + 1
            s.execute(insert(Sentence), rows)
    return aid


@pytest.fixture
def small(tmp_path: Path) -> Project:
    project = open_project(tmp_path / "v.sverka", create=True)
    initialise(project)
    _add_article(
        project,
        "Протесты в Жанаозене",
        ["Газ подорожал.", "Люди вышли на площадь.", "Полиция молчит."],
        ["Gas got dearer.", "People came out."],
        0,
    )
    _add_article(project, "Алматы", ["Аэропорт захвачен."], None, 1)
    return project


def test_article_ids_filter_sort_and_rows(small: Project) -> None:
    with small.sessions() as s:
        ids = views.article_ids(s)
        assert len(ids) == 2
        assert views.article_ids(s, views.ArticleFilter(text="площадь")) == ids[:1]
        assert views.article_ids(s, views.ArticleFilter(text="People")) == ids[:1]  # the translation
        assert views.article_ids(s, views.ArticleFilter(lang="en")) == ids[:1]
        assert views.article_ids(s, sort="title") == [ids[1], ids[0]]
        assert views.article_ids(s, sort="date", descending=True) == [ids[1], ids[0]]
        rows = views.article_rows(s, ids)
        assert rows[ids[0]].languages == ("ru", "en") and rows[ids[0]].sentences == 3
        assert rows[ids[0]].status == "todo"
        assert views.article_ids(s, views.ArticleFilter(status="todo")) == ids


def test_alignment_one_to_one_then_links(small: Project) -> None:
    with small.sessions() as s:
        aid = views.article_ids(s)[0]
        view = views.article_view(s, aid)
        assert view is not None and view.original is not None and len(view.translations) == 1
        rows = views.alignment_rows(s, view.original.id, view.translations[0].id)
        assert [r.kind for r in rows] == ["1-1", "1-1", "1-0"]
        alone = views.article_view(s, views.article_ids(s)[1])
        assert alone is not None and alone.original is not None and not alone.translations
        assert [r.kind for r in views.alignment_rows(s, alone.original.id, None)] == ["1-0"]
    with small.transaction() as s:
        s.add(Link(translation_id=view.translations[0].id, src_from=0, src_to=2, tgt_from=0, tgt_to=1))
        s.add(Link(translation_id=view.translations[0].id, src_from=2, src_to=3, tgt_from=1, tgt_to=2))
    with small.sessions() as s:
        rows = views.alignment_rows(s, view.original.id, view.translations[0].id)
        assert [r.kind for r in rows] == ["2-1", "1-1"]


def test_cells_status_and_last_article(small: Project) -> None:
    with small.transaction() as s:
        who = annotator_id(s, "ann")
        label = list_labels(s)[0]
        aid = views.article_ids(s)[1]
        view = views.article_view(s, aid)
        assert view is not None and view.original is not None
        sid = views.alignment_rows(s, view.original.id, None)[0].src[0]
    history.execute(small, lambda s: tagging.build_toggle(s, sid, label.id, who), who)
    history.execute(small, lambda s: tagging.build_note(s, sid, who, "a note"), who)
    with small.sessions() as s:
        cell = views.sentence_cells(s, [sid], who)[sid]
        assert cell.text == "Аэропорт захвачен." and cell.labels == (label.id,) and cell.note == "a note"
        assert views.sentence_cells(s, [sid], None)[sid].labels == ()
        assert views.article_rows(s, [aid])[aid].status == "done"
        assert views.last_article(s, who) == aid
        assert views.article_of_sentence(s, sid) == aid
        assert views.article_ids(s, views.ArticleFilter(status="done")) == [aid]
        assert views.article_ids(s, sort="progress", descending=True)[0] == aid
        detail = views.schema_detail(s, label.schema)
        assert detail is not None and detail.labels[0].id == label.id


def test_session_queue_resumes(small: Project) -> None:
    with small.transaction() as s:
        who = annotator_id(s, "ann")
        label = list_labels(s)[0]
    state = sessions.start_session(small, who, sessions.QueueFilter())
    assert sessions.remaining(small, who, state) == 4  # originals only
    first = sessions.next_sentence(small, who, state, None)
    assert first is not None
    history.execute(small, lambda s: tagging.build_toggle(s, first, label.id, who), who)
    sessions.record(small, state.id, first, 1)
    assert sessions.remaining(small, who, state) == 3
    second = sessions.next_sentence(small, who, state, first)
    assert second is not None and second != first
    resumed = sessions.open_session(small, who)
    assert resumed is not None and resumed.cursor == first and resumed.decisions == 1
    en = sessions.start_session(small, who, sessions.QueueFilter(lang="en"))
    assert sessions.remaining(small, who, en) == 2
    assert sessions.open_session(small, who) is not None
    sessions.end_session(small, en.id)
    assert sessions.open_session(small, who) is None
    assert sessions.decisions_per_hour(10, 60) == 600


def test_row_boxes_for_relink_and_no_translation() -> None:
    rows = [
        views.AlignRow(("a",), ("x",), "l1", (0, 1, 0, 1), "auto", 0.9),
        views.AlignRow(("b", "c"), ("y",), "l2", (1, 3, 1, 2), "auto", 0.2),
        views.AlignRow(("d",), (), "l3", (3, 4, 2, 2), "manual", None),
    ]
    assert views.span_box(rows) == (0, 4, 0, 2)
    assert views.span_box(rows[1:2]) == (1, 3, 1, 2)
    assert views.span_box([views.AlignRow(("a",), ("x",))]) is None
    assert views.untranslated_box(rows[1], translation_side=False) == (1, 3, 1, 1)
    assert views.untranslated_box(rows[1], translation_side=True) == (1, 1, 1, 2)
    assert views.untranslated_box(rows[2], translation_side=True) is None  # nothing on that side
    assert [r.needs_review for r in rows] == [False, True, False]
    assert rows[1].kind == "2-1"
