"""review logs record the scheduler settings each review was scheduled with

Revision ID: 0002_review_log_scheduler
Revises: 0001
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002_review_log_scheduler"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("review_logs", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("desired_retention", sa.Float(), server_default="0.9", nullable=False)
        )
        batch_op.add_column(
            sa.Column("maximum_interval_days", sa.Integer(), server_default="36500", nullable=False)
        )


def downgrade() -> None:
    with op.batch_alter_table("review_logs", schema=None) as batch_op:
        batch_op.drop_column("maximum_interval_days")
        batch_op.drop_column("desired_retention")
