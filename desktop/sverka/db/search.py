"""Full-text search over sentences of every language (SQLite FTS5).

Triggers keep the index in step with every write (import, post-edit, delete), whoever makes
it. On other databases search falls back to a case-insensitive LIKE.
"""

from __future__ import annotations

import re

from sqlalchemy import Connection, text
from sqlalchemy.orm import Session

from sverka.db.wording import wording_sql

_BODY = wording_sql("new", "t")

SEARCH_DDL = [
    "CREATE VIRTUAL TABLE IF NOT EXISTS sentence_fts USING fts5("
    "body, sentence_id UNINDEXED, article_id UNINDEXED, tokenize='unicode61 remove_diacritics 2')",
    # Bulk imports set the 'bulk_fts' flag inside their transaction and index the whole batch
    # with one INSERT … SELECT: per-row trigger work made imports ~3x slower.
    "CREATE TRIGGER IF NOT EXISTS sentence_fts_ins AFTER INSERT ON sentence "
    "WHEN NOT EXISTS (SELECT 1 FROM project_info WHERE key = 'bulk_fts') BEGIN "
    "INSERT INTO sentence_fts(body, sentence_id, article_id) "
    f"SELECT {_BODY}, new.id, t.article_id FROM text t WHERE t.id = new.text_id; END",
    "CREATE TRIGGER IF NOT EXISTS sentence_fts_del AFTER DELETE ON sentence BEGIN "
    "DELETE FROM sentence_fts WHERE sentence_id = old.id; END",
    "CREATE TRIGGER IF NOT EXISTS sentence_fts_upd AFTER UPDATE OF edited ON sentence BEGIN "
    "DELETE FROM sentence_fts WHERE sentence_id = old.id; "
    "INSERT INTO sentence_fts(body, sentence_id, article_id) "
    f"SELECT {_BODY}, new.id, t.article_id FROM text t WHERE t.id = new.text_id; END",
]


def include_name(name: str | None, type_: str, _parents: object) -> bool:
    """Alembic filter: the FTS5 index and its shadow tables are made here, not by the models."""
    return not (type_ == "table" and name is not None and name.startswith("sentence_fts"))


def create_search_index(conn: Connection) -> None:
    if conn.dialect.name != "sqlite":
        return
    for statement in SEARCH_DDL:
        conn.exec_driver_sql(statement)


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
        for start in range(0, len(text_ids), 500):
            chunk = text_ids[start : start + 500]
            marks = ",".join(f":t{i}" for i in range(len(chunk)))
            self.session.execute(
                text(
                    "INSERT INTO sentence_fts(body, sentence_id, article_id) "
                    f"SELECT {wording_sql()}, "
                    f"s.id, t.article_id FROM sentence s JOIN text t ON t.id = s.text_id WHERE t.id IN ({marks})"
                ),
                {f"t{i}": value for i, value in enumerate(chunk)},
            )
        self.session.execute(text("DELETE FROM project_info WHERE key = 'bulk_fts'"))
        self.active = False


def fts_query(query: str) -> str:
    """The FTS5 MATCH expression for a user's query: each word a quoted prefix term, so user
    input is never FTS syntax."""
    words = re.findall(r"\w+", query)
    return " ".join(f'"{w}"*' for w in words)


def _like_literal(text: str) -> str:
    """``text`` for a LIKE pattern with ESCAPE '\\': its ``%`` and ``_`` match only themselves."""
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def search_articles(session: Session, query: str, limit: int = 5000) -> list[str]:
    """Ids of articles with a sentence matching every word of ``query`` (any language)."""
    if not query.strip():
        return []
    if session.get_bind().dialect.name == "sqlite":
        fts = fts_query(query)
        if not fts:
            return []
        rows = session.execute(
            text("SELECT DISTINCT article_id FROM sentence_fts WHERE sentence_fts MATCH :q LIMIT :n"),
            {"q": fts, "n": limit},
        )
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
        text("SELECT sentence_id FROM sentence_fts WHERE sentence_fts MATCH :q LIMIT :n"),
        {"q": fts, "n": limit},
    )
    return [r[0] for r in rows]
