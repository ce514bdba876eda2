"""``sverka stats`` on plain ``sqlite3``: the counts of :func:`sverka.ops.views.overview.project_stats`
without loading SQLAlchemy (see :mod:`sverka.db.direct_read` for when this path applies).

The statements are the ones SQLAlchemy compiles the overview's queries to, verbatim with the
same bound parameters, so SQLite plans them alike and equal counts (ties) come out in the same
order. tests/cli/test_stats_direct.py compares both paths on a project with several
annotators, kinds, languages, origins and labels, so they cannot drift apart.
"""

from __future__ import annotations

import sqlite3
from typing import Any

from sverka.db.direct_read import open_current
from sverka.ops.settings import LANGUAGES_KEY, languages_from_setting

__all__ = ["project_stats"]

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
