"""drop ix_annotation_sentence_id: the unique (sentence_id, label_id, annotator_id) covers it

Every tag wrote a page of this index too (issue 17, the durable tag): the unique constraint's
index starts with sentence_id, so every lookup by sentence (and SQLite's foreign-key check
when a sentence is deleted) already uses that one. Nothing else changes: no table is
rebuilt, so the step is instant on a big project; it runs in the upgrade's one transaction
(a crash rolls it back and the next open runs it again), and ``IF EXISTS`` lets a re-run
after a partial upgrade by hand pass too. PostgreSQL drops the same index.

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-01
"""

from __future__ import annotations

from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.drop_index("ix_annotation_sentence_id", table_name="annotation", if_exists=True)


def downgrade() -> None:
    op.create_index("ix_annotation_sentence_id", "annotation", ["sentence_id"], unique=False, if_not_exists=True)
