"""``sverka stats`` and ``sverka list`` on plain ``sqlite3``: what
:func:`sverka.ops.views.overview.project_stats` and :func:`~sverka.ops.views.overview.list_articles`
return, without loading SQLAlchemy (see :mod:`sverka.db.direct_read` for when this path applies;
None means the caller takes the full path).

The statements are the ones SQLAlchemy compiles the overview's queries to, verbatim with the
same bound parameters, so SQLite plans them alike and equal keys (ties in a count, texts at the
same position) come out in the same order. tests/cli/test_direct_views.py compares both paths'
output on projects with several annotators, kinds, languages, origins, labels and statuses, so
they cannot drift apart.
"""

from __future__ import annotations

import sqlite3
from typing import Any

from sverka.core.status import derive_status
from sverka.db.direct_read import open_current
from sverka.ops.settings import LANGUAGES_KEY, languages_from_setting

__all__ = ["list_articles", "project_stats"]

_TEXT_LANG = "coalesce(text.lang_override, text.lang)"
_SENTENCE_LANG = "coalesce(sentence.lang_override, sentence.lang)"
_BY_A_PERSON = "FROM annotation JOIN annotator ON annotator.id = annotation.annotator_id WHERE annotator.kind = ?"
PERSON = ("person",)


def project_stats(target: str) -> dict[str, Any] | None:
    """What ``sverka stats`` prints for the project file ``target`` (``project_languages``
    included), or None when it must be opened the full way."""
    conn = open_current(target)
    if conn is None:
        return None
    try:
        stats = _counts(conn)
        stored = conn.execute(
            'SELECT project_info."key", project_info.value FROM project_info WHERE project_info."key" = ?',
            (LANGUAGES_KEY,),
        ).fetchone()
    except sqlite3.Error:  # busy past the timeout, an I/O error: the full path reports it
        return None
    finally:
        conn.close()
    chosen = languages_from_setting(stored[1] if stored else None)
    stats["project_languages"] = list(chosen) if chosen is not None else "all"
    return stats


def _counts(conn: sqlite3.Connection) -> dict[str, Any]:
    def scalar(sql: str, params: tuple[str, ...] = ()) -> int:
        row = conn.execute(sql, params).fetchone()
        return (row[0] if row else None) or 0

    def grouped(column: str, where: str = "", params: tuple[str, ...] = ()) -> dict[str, int]:
        sql = f"SELECT {column}, count(*) AS count_1 FROM text {where}GROUP BY {column} ORDER BY count(*) DESC"
        return {str(k): int(v) for k, v in conn.execute(sql, params)}

    return {
        "articles": scalar("SELECT count(article.id) AS count_1 FROM article"),
        "texts": scalar("SELECT count(text.id) AS count_1 FROM text"),
        "texts_by_lang": grouped(_TEXT_LANG),
        "texts_by_origin": grouped("text.origin"),
        # An article is counted in the language of its original text.
        "articles_by_lang": grouped(_TEXT_LANG, "WHERE text.role = ? ", ("original",)),
        "sentences": scalar("SELECT count(sentence.id) AS count_1 FROM sentence"),
        "sentences_by_lang": dict(
            conn.execute(
                f"SELECT {_SENTENCE_LANG} AS coalesce_1, count(*) AS count_1 FROM sentence "
                f"GROUP BY {_SENTENCE_LANG} ORDER BY count(*) DESC"
            ).fetchall()
        ),
        # People's labels only, as in the overview.
        "annotations": scalar(f"SELECT count(annotation.id) AS count_1 {_BY_A_PERSON}", PERSON),
        "labeled_sentences": scalar(f"SELECT count(DISTINCT annotation.sentence_id) AS count_1 {_BY_A_PERSON}", PERSON),
        "labels": {
            name: int(n)
            for name, n in conn.execute(
                "SELECT label.name, count(annotation.id) AS count_1 FROM label "
                "JOIN annotation ON annotation.label_id = label.id "
                "JOIN annotator ON annotator.id = annotation.annotator_id "
                "WHERE annotator.kind = ? GROUP BY label.name ORDER BY count(annotation.id) DESC",
                PERSON,
            )
        },
        "annotators": [
            name
            for (name,) in conn.execute(
                "SELECT annotator.name FROM annotator WHERE annotator.kind = ? ORDER BY annotator.name", PERSON
            )
        ],
        "annotations_by_kind": {
            kind: int(n)
            for kind, n in conn.execute(
                "SELECT annotator.kind, count(annotation.id) AS count_1 "
                "FROM annotation JOIN annotator ON annotator.id = annotation.annotator_id GROUP BY annotator.kind"
            )
        },
    }


# sverka.ops.views.progress.counts_subquery joined to the articles (article_progress): per
# article, its original's sentences and how many a person labeled, itself or through a link.
_PROGRESS = (
    "SELECT article.id, article.status, anon_1.sentences, anon_1.labeled FROM article LEFT OUTER JOIN ("
    "SELECT text.article_id AS article_id, count(sentence.id) AS sentences, sum(CASE WHEN ((EXISTS ("
    "SELECT annotation.id FROM annotation JOIN annotator AS annotator_1 ON annotator_1.id = annotation.annotator_id "
    "WHERE annotation.sentence_id = sentence.id AND annotator_1.kind = ?)) OR (EXISTS ("
    "SELECT link.id FROM link JOIN text AS text_1 ON text_1.id = link.translation_id "
    "JOIN sentence AS sentence_1 ON sentence_1.text_id = link.translation_id "
    "AND sentence_1.idx >= link.tgt_from AND sentence_1.idx < link.tgt_to "
    "WHERE text_1.article_id = text.article_id AND link.src_from <= sentence.idx AND sentence.idx < link.src_to "
    "AND (EXISTS (SELECT annotation.id FROM annotation JOIN annotator AS annotator_2 "
    "ON annotator_2.id = annotation.annotator_id WHERE annotation.sentence_id = sentence_1.id "
    "AND annotator_2.kind = ?))))) THEN ? ELSE ? END) AS labeled "
    "FROM text JOIN sentence ON sentence.text_id = text.id "
    "WHERE text.role = ? AND text.article_id IN ({ids}) GROUP BY text.article_id) AS anon_1 "
    "ON anon_1.article_id = article.id WHERE article.id IN ({ids})"
)


def list_articles(target: str) -> list[dict[str, Any]] | None:
    """What ``sverka list`` prints for the project file ``target``, or None (the full path)."""
    conn = open_current(target)
    if conn is None:
        return None
    try:
        return _articles(conn)
    except sqlite3.Error:
        return None
    finally:
        conn.close()


def _articles(conn: sqlite3.Connection) -> list[dict[str, Any]]:
    langs: dict[str, list[str]] = {}
    for article_id, lang in conn.execute(
        "SELECT text.article_id, coalesce(text.lang_override, text.lang) AS coalesce_1 FROM text ORDER BY text.position"
    ):
        langs.setdefault(article_id, []).append(lang)  # the original comes first
    articles = conn.execute(
        "SELECT article.id, article.title, article.date, article.url FROM article "
        "ORDER BY article.position, article.created_at"
    ).fetchall()
    progress: dict[str, tuple[int, int, str]] = {}
    if articles:
        ids = [a[0] for a in articles]
        marks = ", ".join(["?"] * len(ids))
        params = ("person", "person", 1, 0, "original", *ids, *ids)
        for article_id, stored, n, m in conn.execute(_PROGRESS.format(ids=marks), params):
            n, m = int(n or 0), int(m or 0)
            progress[article_id] = (n, m, derive_status(stored, n, m))
    return [
        {
            "id": article_id,
            "title": title,
            "date": date,
            "url": url,
            "status": progress[article_id][2],
            "languages": langs.get(article_id, []),
            "sentences": progress[article_id][0],
            "labeled": progress[article_id][1],
        }
        for article_id, title, date, url in articles
    ]
