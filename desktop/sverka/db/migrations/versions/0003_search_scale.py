"""search at scale: the article index carried by the FTS rowid; indexes for the languages
and the list's order

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-01

- ``ix_text_lang`` (text: lang, lang_override): the project's languages (the filter menus)
  are read from this small index instead of a scan of every text's content (~2 s cold at
  1,000,000 sentences);
- ``ix_article_order`` (article: position, created_at, id): the article list's ids in order
  from the index alone;
- SQLite only: the full-text index is rebuilt as :mod:`sverka.db.search` describes (the
  ``sentence_fts_article`` keys, the ``sentence_fts_doc`` documents and an external-content
  ``sentence_fts``), filled from the sentences' current wording.

All of it runs in the upgrade's one transaction (sverka.db.project): a crash rolls it back
to 0002 and the next open runs it again. On PostgreSQL only the two indexes are made.
"""

from __future__ import annotations

from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    from sverka.db.search import upgrade_search_index

    # Plain CREATE INDEX (no batch mode): an index needs no copy of the table.
    op.create_index("ix_text_lang", "text", ["lang", "lang_override"], unique=False)
    op.create_index("ix_article_order", "article", ["position", "created_at", "id"], unique=False)
    upgrade_search_index(op.get_bind())


def downgrade() -> None:
    # The full-text index stays in its 0003 form: no release reads an 0002 file's search.
    op.drop_index("ix_article_order", table_name="article")
    op.drop_index("ix_text_lang", table_name="text")
