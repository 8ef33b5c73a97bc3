"""problems: submissions to the bundled problems, and when a question's solve was verified by
them

Revision ID: 0004_problems
Revises: 0003_grading
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects.postgresql import JSONB

revision: str = "0004_problems"
down_revision: str | None = "0003_grading"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

JSON_TYPE = sa.JSON().with_variant(JSONB(), "postgresql")


def upgrade() -> None:
    with op.batch_alter_table("user_questions", schema=None) as batch_op:
        batch_op.add_column(sa.Column("verified_at", sa.DateTime(timezone=True), nullable=True))
    op.create_table(
        "problem_submissions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.Column("slug", sa.String(length=100), nullable=False),
        sa.Column("code", sa.Text(), nullable=False),
        sa.Column("verdict", sa.String(length=16), nullable=False),
        sa.Column("passed", sa.Integer(), nullable=False),
        sa.Column("total", sa.Integer(), nullable=False),
        sa.Column("duration_ms", sa.Integer(), nullable=False),
        sa.Column("seed", sa.BigInteger(), nullable=False),
        sa.Column("report", JSON_TYPE, nullable=False),
        sa.Column("submitted_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["user_id"],
            ["users.id"],
            name=op.f("fk_problem_submissions_user_id_users"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_problem_submissions")),
    )
    op.create_index(
        "ix_problem_submissions_user_problem",
        "problem_submissions",
        ["user_id", "slug", "submitted_at"],
    )
    op.create_index(op.f("ix_problem_submissions_user_id"), "problem_submissions", ["user_id"])


def downgrade() -> None:
    op.drop_index(op.f("ix_problem_submissions_user_id"), table_name="problem_submissions")
    op.drop_index("ix_problem_submissions_user_problem", table_name="problem_submissions")
    op.drop_table("problem_submissions")
    with op.batch_alter_table("user_questions", schema=None) as batch_op:
        batch_op.drop_column("verified_at")
