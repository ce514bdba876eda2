"""annotator kind (person, model, gold) and team-server role

Revision ID: 0002
Revises: 0001
Create Date: 2026-12-01
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # A server default, so the annotators of an 0001 project become people.
    with op.batch_alter_table("annotator", schema=None) as batch_op:
        batch_op.add_column(sa.Column("kind", sa.String(length=8), server_default="person", nullable=False))
        batch_op.add_column(sa.Column("db_role", sa.String(length=63), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("annotator", schema=None) as batch_op:
        batch_op.drop_column("db_role")
        batch_op.drop_column("kind")
