"""grading: the seed of each submission's generated cases, verified completions, and stored
reports stripped of what they revealed about hidden cases

Revision ID: 0003_grading
Revises: 0002_review_log_scheduler
"""

from collections.abc import Sequence
from typing import Any

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects.postgresql import JSONB

revision: str = "0003_grading"
down_revision: str | None = "0002_review_log_scheduler"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

JSON_TYPE = sa.JSON().with_variant(JSONB(), "postgresql")
BATCH = 500

progress = sa.table(
    "exercise_progress",
    sa.column("user_id", sa.Integer),
    sa.column("exercise_id", sa.String),
    sa.column("status", sa.String),
    sa.column("verified_at", sa.DateTime(timezone=True)),
)
submissions = sa.table(
    "exercise_submissions",
    sa.column("id", sa.Integer),
    sa.column("user_id", sa.Integer),
    sa.column("exercise_id", sa.String),
    sa.column("success", sa.Boolean),
    sa.column("submitted_at", sa.DateTime(timezone=True)),
    sa.column("test_results", JSON_TYPE),
)


def upgrade() -> None:
    with op.batch_alter_table("exercise_submissions", schema=None) as batch_op:
        batch_op.add_column(sa.Column("seed", sa.BigInteger(), nullable=True))
    with op.batch_alter_table("exercise_progress", schema=None) as batch_op:
        batch_op.add_column(sa.Column("verified_at", sa.DateTime(timezone=True), nullable=True))
    first_pass = (
        sa.select(sa.func.min(submissions.c.submitted_at))
        .where(
            submissions.c.user_id == progress.c.user_id,
            submissions.c.exercise_id == progress.c.exercise_id,
            submissions.c.success.is_(True),
        )
        .scalar_subquery()
    )
    op.execute(
        progress.update().where(progress.c.status == "completed").values(verified_at=first_pass)
    )
    _redact_stored_reports()


def _redact_stored_reports() -> None:
    """Reports stored before examples and hidden cases were told apart showed every case's
    expected value and the run's output: keep each case's name and verdict only."""
    connection = op.get_bind()
    last_id = 0
    while True:
        rows = connection.execute(
            sa.select(submissions.c.id, submissions.c.test_results)
            .where(submissions.c.id > last_id)
            .order_by(submissions.c.id)
            .limit(BATCH)
        ).all()
        if not rows:
            return
        for row in rows:
            connection.execute(
                submissions.update()
                .where(submissions.c.id == row.id)
                .values(test_results=_redacted(row.test_results))
            )
        last_id = rows[-1].id


def _redacted(report: Any) -> dict[str, Any]:
    report = report if isinstance(report, dict) else {}
    tests = report.get("tests") if isinstance(report.get("tests"), list) else []
    return {
        **report,
        "tests": [
            {
                "name": str(test.get("name", "")),
                "visibility": "hidden",
                "passed": bool(test.get("passed")),
                "message": "",
                "input": None,
                "expected": None,
                "got": None,
                "duration_ms": None,
            }
            for test in tests
            if isinstance(test, dict)
        ],
        "stdout": "",
        "stderr": "",
    }


def downgrade() -> None:
    with op.batch_alter_table("exercise_progress", schema=None) as batch_op:
        batch_op.drop_column("verified_at")
    with op.batch_alter_table("exercise_submissions", schema=None) as batch_op:
        batch_op.drop_column("seed")
