"""Full-text search over sentences of every language (SQLite FTS5).

The index is an external-content FTS5 table over ``sentence_fts_doc`` (one row per sentence:
its id, where it is read in its article, its current wording). A document's rowid carries its
article: ``article key << 32 | n``, the key from ``sentence_fts_article``. So the articles a
query finds are read off the index alone (``rowid >> 32``), and one article's matches are a
rowid range — no lookup per matching sentence: at 1,000,000 sentences the article list's
search read the UNINDEXED id columns of ~170,000 matches (~1.6 s) before it could list one
article (issue 17).

Triggers keep the index in step with every write (import, post-edit, delete), whoever makes
it; a sentence's document is found by its id (indexed), not by a scan of the index. On other
databases search falls back to a case-insensitive LIKE.
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Sequence
from typing import Any

from sqlalchemy import Connection, Integer, String, column, table, text
from sqlalchemy.orm import Session

from sverka.db.wording import wording_sql

_BODY = wording_sql("new", "t")
ARTICLE_BITS = 32  # a document's rowid: article key << ARTICLE_BITS | its number in the article
_SPAN = (1 << ARTICLE_BITS) - 1
TEXT_SPAN = 1 << 20  # a bulk-indexed text's documents: base + sentence idx (idx < 2**20)


def _first_new(key: str) -> str:
    """SQL: the rowid of the next document of the article with index key ``key``."""
    return (
        f"(SELECT coalesce(max(d.id) + 1, {key} << {ARTICLE_BITS}) FROM sentence_fts_doc d "
        f"WHERE d.id BETWEEN {key} << {ARTICLE_BITS} AND ({key} << {ARTICLE_BITS}) + {_SPAN})"
    )


# The tables and triggers, in creation order.
SEARCH_DDL = [
    # A small integer per article, never reused (AUTOINCREMENT): the high bits of its documents.
    "CREATE TABLE IF NOT EXISTS sentence_fts_article ("
    "key INTEGER PRIMARY KEY AUTOINCREMENT, article_id VARCHAR(36) NOT NULL UNIQUE)",
    "CREATE TABLE IF NOT EXISTS sentence_fts_doc ("
    "id INTEGER PRIMARY KEY, sentence_id VARCHAR(36) NOT NULL UNIQUE, "
    "text_position INTEGER NOT NULL, idx INTEGER NOT NULL, body TEXT NOT NULL)",
    "CREATE VIRTUAL TABLE IF NOT EXISTS sentence_fts USING fts5("
    "body, content='sentence_fts_doc', content_rowid='id', tokenize='unicode61 remove_diacritics 2')",
    # Bulk imports set the 'bulk_fts' flag inside their transaction and index the whole batch
    # with a few INSERT … SELECTs: per-row trigger work made imports ~3x slower.
    "CREATE TRIGGER IF NOT EXISTS sentence_fts_ins AFTER INSERT ON sentence "
    "WHEN NOT EXISTS (SELECT 1 FROM project_info WHERE key = 'bulk_fts') BEGIN "
    "INSERT OR IGNORE INTO sentence_fts_article(article_id) SELECT article_id FROM text WHERE id = new.text_id; "
    "INSERT INTO sentence_fts_doc(id, sentence_id, text_position, idx, body) "
    f"SELECT {_first_new('k.key')}, new.id, t.position, new.idx, {_BODY} "
    "FROM text t JOIN sentence_fts_article k ON k.article_id = t.article_id WHERE t.id = new.text_id; "
    "INSERT INTO sentence_fts(rowid, body) SELECT id, body FROM sentence_fts_doc WHERE sentence_id = new.id; END",
    "CREATE TRIGGER IF NOT EXISTS sentence_fts_del AFTER DELETE ON sentence BEGIN "
    "INSERT INTO sentence_fts(sentence_fts, rowid, body) "
    "SELECT 'delete', id, body FROM sentence_fts_doc WHERE sentence_id = old.id; "
    "DELETE FROM sentence_fts_doc WHERE sentence_id = old.id; END",
    "CREATE TRIGGER IF NOT EXISTS sentence_fts_upd AFTER UPDATE OF edited ON sentence BEGIN "
    "INSERT INTO sentence_fts(sentence_fts, rowid, body) "
    "SELECT 'delete', id, body FROM sentence_fts_doc WHERE sentence_id = old.id; "
    f"UPDATE sentence_fts_doc SET body = (SELECT {_BODY} FROM text t WHERE t.id = new.text_id) "
    "WHERE sentence_id = new.id; "
    "INSERT INTO sentence_fts(rowid, body) SELECT id, body FROM sentence_fts_doc WHERE sentence_id = new.id; END",
]
_TRIGGERS = ("sentence_fts_ins", "sentence_fts_del", "sentence_fts_upd")


def include_name(name: str | None, type_: str, _parents: object) -> bool:
    """Alembic filter: the FTS5 index, its tables and shadow tables are made here, not by the models."""
    return not (type_ == "table" and name is not None and name.startswith("sentence_fts"))


def create_search_index(conn: Connection) -> None:
    if conn.dialect.name != "sqlite":
        return
    for statement in SEARCH_DDL:
        conn.exec_driver_sql(statement)


def _documents_sql() -> str:
    """INSERT every sentence's document, into an empty table: each article's numbered from
    its key on, in reading order (the upgrade to 0003)."""
    return (
        "INSERT INTO sentence_fts_doc(id, sentence_id, text_position, idx, body) "
        f"SELECT (k.key << {ARTICLE_BITS}) + row_number() OVER (PARTITION BY k.key ORDER BY t.position, s.idx) - 1, "
        f"s.id, t.position, s.idx, {wording_sql()} "
        "FROM sentence s JOIN text t ON t.id = s.text_id JOIN sentence_fts_article k ON k.article_id = t.article_id"
    )


def upgrade_search_index(conn: Connection) -> None:
    """Schema 0003: replace the index of 0001 (ids in UNINDEXED columns, a scan of the index
    for each deleted or post-edited sentence) with the one above, and fill it. Runs inside the
    upgrade's one transaction: a crash leaves the old index, and the next open does it again."""
    if conn.dialect.name != "sqlite":
        return
    present = {r[0] for r in conn.exec_driver_sql("SELECT name FROM sqlite_master WHERE type = 'table'")}
    if "sentence_fts_doc" in present:
        return  # made at this schema already (a project upgraded from an empty database)
    for trigger in _TRIGGERS:
        conn.exec_driver_sql(f"DROP TRIGGER IF EXISTS {trigger}")
    conn.exec_driver_sql("DROP TABLE IF EXISTS sentence_fts")
    create_search_index(conn)
    # Keys in the list's order, so an article's key grows with its place in a fresh project.
    conn.exec_driver_sql(
        "INSERT INTO sentence_fts_article(article_id) SELECT id FROM article ORDER BY position, created_at"
    )
    conn.exec_driver_sql(_documents_sql())
    conn.exec_driver_sql("INSERT INTO sentence_fts(sentence_fts) VALUES ('rebuild')")


class BulkIndexing:
    """Within one transaction: suspend the per-row index trigger, then index a batch at once."""

    def __init__(self, session: Session) -> None:
        self.session = session
        self.active = session.get_bind().dialect.name == "sqlite"
        if self.active:
            session.execute(text("INSERT INTO project_info(key, value) VALUES ('bulk_fts', '1')"))

    def finish(self, text_ids: list[str]) -> None:
        if not self.active:
            return
        run = self.session.execute
        # Each article's first new rowid, kept aside: the index is then fed from a rowid range
        # of the documents, not by looking each new sentence's document up by its id.
        run(text("CREATE TEMP TABLE IF NOT EXISTS sentence_fts_new (key INTEGER PRIMARY KEY, article_id, first)"))
        run(text("CREATE TEMP TABLE IF NOT EXISTS sentence_fts_new_text (text_id PRIMARY KEY, base)"))
        for start in range(0, len(text_ids), 500):
            chunk = text_ids[start : start + 500]
            marks = ",".join(f":t{i}" for i in range(len(chunk)))
            params = {f"t{i}": value for i, value in enumerate(chunk)}
            articles = f"SELECT DISTINCT article_id FROM text WHERE id IN ({marks})"
            run(text(f"INSERT OR IGNORE INTO sentence_fts_article(article_id) {articles}"), params)
            run(text("DELETE FROM temp.sentence_fts_new"))
            run(
                text(
                    "INSERT INTO temp.sentence_fts_new(key, article_id, first) "
                    f"SELECT k.key, k.article_id, {_first_new('k.key')} "
                    f"FROM sentence_fts_article k WHERE k.article_id IN ({articles})"
                ),
                params,
            )
            # A rowid range per new text (its sentences by idx within it): numbering the
            # texts, not every sentence, kept the batch's index step as fast as before.
            run(text("DELETE FROM temp.sentence_fts_new_text"))
            run(
                text(
                    "INSERT INTO temp.sentence_fts_new_text(text_id, base) SELECT t.id, n.first + "
                    f"(row_number() OVER (PARTITION BY n.key ORDER BY t.position, t.id) - 1) * {TEXT_SPAN} "
                    f"FROM text t JOIN temp.sentence_fts_new n ON n.article_id = t.article_id WHERE t.id IN ({marks})"
                ),
                params,
            )
            run(
                text(
                    "INSERT INTO sentence_fts_doc(id, sentence_id, text_position, idx, body) "
                    f"SELECT b.base + s.idx, s.id, t.position, s.idx, {wording_sql()} "
                    # CROSS JOIN: SQLite keeps this order (it chose a scan of every sentence)
                    "FROM temp.sentence_fts_new_text b CROSS JOIN sentence s CROSS JOIN text t "
                    "WHERE s.text_id = b.text_id AND t.id = b.text_id"
                )
            )
            run(
                text(
                    "INSERT INTO sentence_fts(rowid, body) SELECT d.id, d.body FROM temp.sentence_fts_new n "
                    f"JOIN sentence_fts_doc d ON d.id >= n.first AND d.id <= (n.key << {ARTICLE_BITS}) + {_SPAN}"
                )
            )
        run(text("DELETE FROM temp.sentence_fts_new"))
        run(text("DELETE FROM temp.sentence_fts_new_text"))
        run(text("DELETE FROM project_info WHERE key = 'bulk_fts'"))
        self.active = False


def fts_query(query: str) -> str:
    """The FTS5 MATCH expression for a user's query: each word a quoted prefix term, so user
    input is never FTS syntax."""
    words = re.findall(r"\w+", query)
    return " ".join(f'"{w}"*' for w in words)


def _like_literal(text: str) -> str:
    """``text`` for a LIKE pattern with ESCAPE '\\': its ``%`` and ``_`` match only themselves."""
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


# The articles with a matching sentence, read off the index: no document is looked up.
MATCHING_ARTICLES = (
    "SELECT k.article_id FROM sentence_fts_article k WHERE k.key IN "
    f"(SELECT rowid >> {ARTICLE_BITS} FROM sentence_fts WHERE sentence_fts MATCH :q)"
)


def matching_articles_clause(session: Session, query: str, article_id: Any) -> Any:
    """SQL: ``article_id`` (a column) names an article with a sentence matching every word of
    ``query`` — a subquery, so a search that finds 30,000 articles binds no 30,000 ids.
    None for a query with no words."""
    from sqlalchemy import literal_column

    if session.get_bind().dialect.name == "sqlite":
        fts = fts_query(query)
        if not fts:
            return None
        return article_id.in_(text(MATCHING_ARTICLES).bindparams(q=fts).columns(literal_column("article_id")))
    if not query.strip():
        return None
    return article_id.in_(
        text(
            "SELECT t.article_id FROM sentence s JOIN text t ON t.id = s.text_id "
            f"WHERE lower({wording_sql()}) LIKE :like_q ESCAPE '\\'"
        )
        .bindparams(like_q=f"%{_like_literal(query.lower())}%")
        .columns(literal_column("article_id"))
    )


def search_articles(session: Session, query: str, limit: int = 5000) -> list[str]:
    """Ids of articles with a sentence matching every word of ``query`` (any language)."""
    if not query.strip():
        return []
    if session.get_bind().dialect.name == "sqlite":
        fts = fts_query(query)
        if not fts:
            return []
        rows = session.execute(text(f"{MATCHING_ARTICLES} LIMIT :n"), {"q": fts, "n": limit})
    else:
        rows = session.execute(
            text(
                "SELECT DISTINCT t.article_id FROM sentence s JOIN text t ON t.id = s.text_id "
                f"WHERE lower({wording_sql()})"
                " LIKE :q ESCAPE '\\' LIMIT :n"
            ),
            {"q": f"%{_like_literal(query.lower())}%", "n": limit},
        )
    return [r[0] for r in rows]


def search_sentences(session: Session, query: str, limit: int = 1000) -> list[str]:
    """Ids of sentences matching every word of ``query``."""
    fts = fts_query(query)
    if not fts or session.get_bind().dialect.name != "sqlite":
        return []
    rows = session.execute(
        text(
            "SELECT d.sentence_id FROM sentence_fts f JOIN sentence_fts_doc d ON d.id = f.rowid "
            "WHERE sentence_fts MATCH :q LIMIT :n"
        ),
        {"q": fts, "n": limit},
    )
    return [r[0] for r in rows]


def _read(session: Session, sql: str, params: tuple[Any, ...]) -> list[Any]:
    """The rows of a read of the index's own tables, straight from the SQLite connection:
    SQLAlchemy's result wrapping cost 2-3x the query on the 166,000 matches of a search at
    1,000,000 sentences. A failure is run once more through SQLAlchemy, which words it
    (a StorageError in one line), as :mod:`sverka.db.prepared` does for the tag path."""
    conn = session.connection()
    raw = conn.connection.driver_connection
    try:
        return raw.execute(sql, params).fetchall()  # type: ignore[union-attr]
    except sqlite3.Error:
        return list(conn.exec_driver_sql(sql, params).all())


def article_keys(session: Session, article_ids: Sequence[str]) -> dict[str, int]:
    """The index's key of each of these articles (an article with no sentence has none)."""
    keys: dict[str, int] = {}
    ids = list(article_ids)
    for k in range(0, len(ids), 500):
        chunk = ids[k : k + 500]
        marks = ",".join("?" for _ in chunk)
        rows = _read(
            session, f"SELECT article_id, key FROM sentence_fts_article WHERE article_id IN ({marks})", tuple(chunk)
        )
        keys.update(rows)
    return keys


def matching_rowids(session: Session, fts: str) -> list[int]:
    """The index's rowids of every sentence matching the MATCH expression ``fts``, ascending
    (FTS5's own order): one pass over the index. A query per article cost a pass each, since a
    prefix term's documents are merged whole whatever rowid range is asked for."""
    found = _read(session, "SELECT rowid FROM sentence_fts WHERE sentence_fts MATCH ? ORDER BY rowid", (fts,))
    return [row[0] for row in found]


ARTICLE_KEYS = table("sentence_fts_article", column("key", Integer), column("article_id", String))


def key_in(keys: Sequence[int]) -> Any:
    """SQL: ``ARTICLE_KEYS.c.key`` is one of these (one bound JSON array, whatever their
    number; the article list joins ``ARTICLE_KEYS`` on the article id)."""
    import json

    listed = text("SELECT value FROM json_each(:keys)").bindparams(keys=json.dumps(list(keys)))
    return ARTICLE_KEYS.c.key.in_(listed.columns(column("value", Integer)))


def article_range(key: int) -> tuple[int, int]:
    """The rowids of the article with index key ``key``: ``low <= rowid < high``."""
    return key << ARTICLE_BITS, (key + 1) << ARTICLE_BITS


def documents(session: Session, rowids: Sequence[int]) -> list[tuple[int, int, int, str, str]]:
    """(rowid, text position, sentence idx, sentence id, wording) of these documents."""
    rows: list[tuple[int, int, int, str, str]] = []
    ids = list(rowids)
    for k in range(0, len(ids), 500):
        chunk = ids[k : k + 500]
        marks = ",".join("?" for _ in chunk)
        sql = f"SELECT id, text_position, idx, sentence_id, body FROM sentence_fts_doc WHERE id IN ({marks})"
        rows.extend(_read(session, sql, tuple(chunk)))
    return rows
