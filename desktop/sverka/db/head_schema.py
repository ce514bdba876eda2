"""The tables and columns of a project at the head schema, for the open-time check.

Written out (not read from :mod:`sverka.db.models`) so that checking a file needs no
SQLAlchemy: ``sverka stats`` on a current project runs on plain ``sqlite3``
(:mod:`sverka.db.direct_read`). tests/db/test_head_schema.py compares this table with the
models and the migrations, and prints the new table when a schema change makes it stale.
Order: the models' ``sorted_tables`` (a check names the first missing table in this order).
"""

from __future__ import annotations

# The revision these tables are the schema of (the head of db/migrations/versions).
REVISION = "0004"

TABLE_COLUMNS: dict[str, tuple[str, ...]] = {
    "annotator": ("id", "name", "kind", "db_role", "created_at"),
    "article": ("id", "title", "date", "url", "external_id", "source", "checksum", "status", "position", "created_at"),
    "entity": ("id", "canonical", "kind", "origin", "gazetteer_key", "cluster_key", "not_a_name", "data", "created_at"),
    "mt_cache": ("id", "model_key", "source_hash", "output"),
    "project_info": ("key", "value"),
    "schema": ("id", "name", "description", "position"),
    "event": ("id", "seq", "at", "annotator_id", "kind", "payload", "state"),
    "label_group": ("id", "schema_id", "name", "multi", "position"),
    "text": (
        "id",
        "article_id",
        "lang",
        "lang_override",
        "role",
        "origin",
        "model_id",
        "content",
        "checksum",
        "source",
        "position",
        "created_at",
    ),
    "variant": ("id", "entity_id", "spelling", "lang", "script", "key", "origin", "not_a_name"),
    "work_session": ("id", "annotator_id", "queue", "cursor_sentence_id", "started_at", "ended_at", "decisions"),
    "label": ("id", "schema_id", "group_id", "name", "color", "hotkey", "description", "position"),
    "link": ("id", "translation_id", "src_from", "src_to", "tgt_from", "tgt_to", "origin", "score"),
    "sentence": (
        "id",
        "text_id",
        "idx",
        "start",
        "end",
        "kind",
        "lang",
        "lang_override",
        "edited",
        "reviewed_at",
        "reviewed_by",
    ),
    "annotation": ("id", "sentence_id", "label_id", "annotator_id", "link_id", "note", "created_at"),
    "mention": ("id", "sentence_id", "variant_id", "text_id", "start", "end", "in_edit", "surface", "alternatives"),
    "mqm_issue": (
        "id",
        "sentence_id",
        "annotator_id",
        "start",
        "end",
        "category",
        "severity",
        "note",
        "stale_span",
        "created_at",
    ),
    "note": ("id", "sentence_id", "annotator_id", "body", "updated_at"),
    "revision": ("id", "sentence_id", "body", "origin", "annotator_id", "model_id", "created_at"),
}

# The FTS5 index is made beside the models' tables (sverka.db.search), not by them; its
# columns are not checked.
EXTRA_TABLES: tuple[str, ...] = ("sentence_fts",)
# … and since 0003 its keys and documents (sverka.db.search): checked at the head only, as
# an older file gets them from its upgrade.
HEAD_EXTRA_TABLES: tuple[str, ...] = ("sentence_fts_article", "sentence_fts_doc")
