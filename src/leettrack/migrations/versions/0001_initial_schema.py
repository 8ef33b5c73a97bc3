"""initial schema

Revision ID: 0001
Revises:
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

JSON_TYPE = sa.JSON().with_variant(postgresql.JSONB(), "postgresql")
revision: str = "0001"
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "exercises",
        sa.Column("id", sa.String(length=80), nullable=False),
        sa.Column("title", sa.String(length=160), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("difficulty", sa.String(length=16), nullable=False),
        sa.Column("category", sa.String(length=32), nullable=False),
        sa.Column("topics", JSON_TYPE, nullable=False),
        sa.Column("estimated_minutes", sa.Integer(), nullable=False),
        sa.Column("sort_order", sa.Integer(), nullable=False),
        sa.Column("prerequisites", JSON_TYPE, nullable=False),
        sa.Column("objectives", JSON_TYPE, nullable=False),
        sa.Column("instructions", sa.Text(), nullable=False),
        sa.Column("starter_code", sa.Text(), nullable=False),
        sa.Column("solution_code", sa.Text(), nullable=False),
        sa.Column("hints", JSON_TYPE, nullable=False),
        sa.Column("tests", JSON_TYPE, nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_exercises")),
    )
    with op.batch_alter_table("exercises", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_exercises_category"), ["category"], unique=False)
        batch_op.create_index(batch_op.f("ix_exercises_difficulty"), ["difficulty"], unique=False)

    op.create_table(
        "questions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("frontend_id", sa.Integer(), nullable=True),
        sa.Column("title_slug", sa.String(length=128), nullable=False),
        sa.Column("title", sa.String(length=256), nullable=False),
        sa.Column("difficulty", sa.String(length=8), nullable=False),
        sa.Column("topic_tags", JSON_TYPE, nullable=False),
        sa.Column("is_paid_only", sa.Boolean(), nullable=False),
        sa.Column("ac_rate", sa.Float(), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_questions")),
        sa.UniqueConstraint("frontend_id", name=op.f("uq_questions_frontend_id")),
        sa.UniqueConstraint("title_slug", name=op.f("uq_questions_title_slug")),
    )
    with op.batch_alter_table("questions", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_questions_difficulty"), ["difficulty"], unique=False)

    op.create_table(
        "users",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("username", sa.String(length=32), nullable=False),
        sa.Column("email", sa.String(length=254), nullable=False),
        sa.Column("password_hash", sa.String(length=128), nullable=False),
        sa.Column("is_active", sa.Boolean(), nullable=False),
        sa.Column("is_admin", sa.Boolean(), nullable=False),
        sa.Column("leetcode_username", sa.String(length=64), nullable=True),
        sa.Column("timezone", sa.String(length=64), nullable=False),
        sa.Column("desired_retention", sa.Float(), nullable=False),
        sa.Column("maximum_interval_days", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("last_login_at", sa.DateTime(timezone=True), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_users")),
        sa.UniqueConstraint("email", name=op.f("uq_users_email")),
    )
    op.create_index("uq_users_username_lower", "users", [sa.text("lower(username)")], unique=True)
    op.create_table(
        "auth_sessions",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("revoked_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("revoked_reason", sa.String(length=32), nullable=True),
        sa.ForeignKeyConstraint(
            ["user_id"],
            ["users.id"],
            name=op.f("fk_auth_sessions_user_id_users"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_auth_sessions")),
    )
    with op.batch_alter_table("auth_sessions", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_auth_sessions_user_id"), ["user_id"], unique=False)

    op.create_table(
        "exercise_progress",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.Column("exercise_id", sa.String(length=80), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("completion_time", sa.Integer(), nullable=True),
        sa.Column("completed_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("last_code", sa.Text(), nullable=True),
        sa.Column("started_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["exercise_id"],
            ["exercises.id"],
            name=op.f("fk_exercise_progress_exercise_id_exercises"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["user_id"],
            ["users.id"],
            name=op.f("fk_exercise_progress_user_id_users"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_exercise_progress")),
        sa.UniqueConstraint(
            "user_id", "exercise_id", name=op.f("uq_exercise_progress_user_id_exercise_id")
        ),
    )
    with op.batch_alter_table("exercise_progress", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_exercise_progress_exercise_id"), ["exercise_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_exercise_progress_user_id"), ["user_id"], unique=False)

    op.create_table(
        "exercise_submissions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.Column("exercise_id", sa.String(length=80), nullable=False),
        sa.Column("code", sa.Text(), nullable=False),
        sa.Column("test_results", JSON_TYPE, nullable=False),
        sa.Column("success", sa.Boolean(), nullable=False),
        sa.Column("passed", sa.Integer(), nullable=False),
        sa.Column("total", sa.Integer(), nullable=False),
        sa.Column("duration_ms", sa.Integer(), nullable=False),
        sa.Column("submitted_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["exercise_id"],
            ["exercises.id"],
            name=op.f("fk_exercise_submissions_exercise_id_exercises"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["user_id"],
            ["users.id"],
            name=op.f("fk_exercise_submissions_user_id_users"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_exercise_submissions")),
    )
    with op.batch_alter_table("exercise_submissions", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_exercise_submissions_exercise_id"), ["exercise_id"], unique=False
        )
        batch_op.create_index(
            "ix_exercise_submissions_user_exercise",
            ["user_id", "exercise_id", "submitted_at"],
            unique=False,
        )
        batch_op.create_index(
            batch_op.f("ix_exercise_submissions_user_id"), ["user_id"], unique=False
        )

    op.create_table(
        "learning_paths",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("slug", sa.String(length=80), nullable=False),
        sa.Column("name", sa.String(length=120), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("difficulty_level", sa.String(length=16), nullable=False),
        sa.Column("estimated_hours", sa.Integer(), nullable=True),
        sa.Column("tags", JSON_TYPE, nullable=False),
        sa.Column("source", sa.String(length=8), nullable=False),
        sa.Column("is_public", sa.Boolean(), nullable=False),
        sa.Column("owner_id", sa.Integer(), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["owner_id"],
            ["users.id"],
            name=op.f("fk_learning_paths_owner_id_users"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_learning_paths")),
        sa.UniqueConstraint("slug", name=op.f("uq_learning_paths_slug")),
    )
    with op.batch_alter_table("learning_paths", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_learning_paths_is_public"), ["is_public"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_learning_paths_owner_id"), ["owner_id"], unique=False)

    op.create_table(
        "question_activity",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.Column("question_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("occurred_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["question_id"],
            ["questions.id"],
            name=op.f("fk_question_activity_question_id_questions"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["user_id"],
            ["users.id"],
            name=op.f("fk_question_activity_user_id_users"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_question_activity")),
    )
    with op.batch_alter_table("question_activity", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_question_activity_question_id"), ["question_id"], unique=False
        )
        batch_op.create_index(
            "ix_question_activity_user_time", ["user_id", "occurred_at"], unique=False
        )

    op.create_table(
        "review_cards",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.Column("question_id", sa.Integer(), nullable=False),
        sa.Column("state", sa.Integer(), nullable=False),
        sa.Column("step", sa.Integer(), nullable=True),
        sa.Column("stability", sa.Float(), nullable=True),
        sa.Column("difficulty", sa.Float(), nullable=True),
        sa.Column("due", sa.DateTime(timezone=True), nullable=False),
        sa.Column("last_review", sa.DateTime(timezone=True), nullable=True),
        sa.Column("needs_rating", sa.Boolean(), nullable=False),
        sa.Column("retired", sa.Boolean(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["question_id"],
            ["questions.id"],
            name=op.f("fk_review_cards_question_id_questions"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["user_id"],
            ["users.id"],
            name=op.f("fk_review_cards_user_id_users"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_review_cards")),
        sa.UniqueConstraint(
            "user_id", "question_id", name=op.f("uq_review_cards_user_id_question_id")
        ),
    )
    with op.batch_alter_table("review_cards", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_review_cards_question_id"), ["question_id"], unique=False
        )
        batch_op.create_index("ix_review_cards_user_due", ["user_id", "due"], unique=False)

    op.create_table(
        "user_questions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.Column("question_id", sa.Integer(), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("time_spent_seconds", sa.Integer(), nullable=False),
        sa.Column("first_solved_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("last_attempted_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["question_id"],
            ["questions.id"],
            name=op.f("fk_user_questions_question_id_questions"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["user_id"],
            ["users.id"],
            name=op.f("fk_user_questions_user_id_users"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_user_questions")),
        sa.UniqueConstraint(
            "user_id", "question_id", name=op.f("uq_user_questions_user_id_question_id")
        ),
    )
    with op.batch_alter_table("user_questions", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_user_questions_question_id"), ["question_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_user_questions_user_id"), ["user_id"], unique=False)
        batch_op.create_index("ix_user_questions_user_status", ["user_id", "status"], unique=False)

    op.create_table(
        "path_questions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("path_id", sa.Integer(), nullable=False),
        sa.Column("question_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("category", sa.String(length=64), nullable=True),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(
            ["path_id"],
            ["learning_paths.id"],
            name=op.f("fk_path_questions_path_id_learning_paths"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["question_id"],
            ["questions.id"],
            name=op.f("fk_path_questions_question_id_questions"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_path_questions")),
        sa.UniqueConstraint("path_id", "position", name=op.f("uq_path_questions_path_id_position")),
        sa.UniqueConstraint(
            "path_id", "question_id", name=op.f("uq_path_questions_path_id_question_id")
        ),
    )
    with op.batch_alter_table("path_questions", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_path_questions_path_id"), ["path_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_path_questions_question_id"), ["question_id"], unique=False
        )

    op.create_table(
        "refresh_tokens",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("session_id", sa.String(length=36), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.Column("token_hash", sa.String(length=64), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("expires_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("used_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["session_id"],
            ["auth_sessions.id"],
            name=op.f("fk_refresh_tokens_session_id_auth_sessions"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["user_id"],
            ["users.id"],
            name=op.f("fk_refresh_tokens_user_id_users"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_refresh_tokens")),
        sa.UniqueConstraint("token_hash", name=op.f("uq_refresh_tokens_token_hash")),
    )
    with op.batch_alter_table("refresh_tokens", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_refresh_tokens_session_id"), ["session_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_refresh_tokens_user_id"), ["user_id"], unique=False)

    op.create_table(
        "review_logs",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("card_id", sa.Integer(), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.Column("rating", sa.Integer(), nullable=False),
        sa.Column("confidence", sa.String(length=16), nullable=True),
        sa.Column("reviewed_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("duration_seconds", sa.Integer(), nullable=True),
        sa.Column("state_before", sa.Integer(), nullable=False),
        sa.Column("state_after", sa.Integer(), nullable=False),
        sa.Column("stability", sa.Float(), nullable=True),
        sa.Column("difficulty", sa.Float(), nullable=True),
        sa.Column("due", sa.DateTime(timezone=True), nullable=False),
        sa.Column("interval_days", sa.Float(), nullable=False),
        sa.ForeignKeyConstraint(
            ["card_id"],
            ["review_cards.id"],
            name=op.f("fk_review_logs_card_id_review_cards"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["user_id"], ["users.id"], name=op.f("fk_review_logs_user_id_users"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_review_logs")),
    )
    with op.batch_alter_table("review_logs", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_review_logs_card_id"), ["card_id"], unique=False)
        batch_op.create_index("ix_review_logs_user_time", ["user_id", "reviewed_at"], unique=False)

    op.create_table(
        "user_learning_paths",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.Column("path_id", sa.Integer(), nullable=False),
        sa.Column("enrolled_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["path_id"],
            ["learning_paths.id"],
            name=op.f("fk_user_learning_paths_path_id_learning_paths"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["user_id"],
            ["users.id"],
            name=op.f("fk_user_learning_paths_user_id_users"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_user_learning_paths")),
        sa.UniqueConstraint(
            "user_id", "path_id", name=op.f("uq_user_learning_paths_user_id_path_id")
        ),
    )
    with op.batch_alter_table("user_learning_paths", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_user_learning_paths_path_id"), ["path_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_user_learning_paths_user_id"), ["user_id"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("user_learning_paths", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_user_learning_paths_user_id"))
        batch_op.drop_index(batch_op.f("ix_user_learning_paths_path_id"))

    op.drop_table("user_learning_paths")
    with op.batch_alter_table("review_logs", schema=None) as batch_op:
        batch_op.drop_index("ix_review_logs_user_time")
        batch_op.drop_index(batch_op.f("ix_review_logs_card_id"))

    op.drop_table("review_logs")
    with op.batch_alter_table("refresh_tokens", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_refresh_tokens_user_id"))
        batch_op.drop_index(batch_op.f("ix_refresh_tokens_session_id"))

    op.drop_table("refresh_tokens")
    with op.batch_alter_table("path_questions", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_path_questions_question_id"))
        batch_op.drop_index(batch_op.f("ix_path_questions_path_id"))

    op.drop_table("path_questions")
    with op.batch_alter_table("user_questions", schema=None) as batch_op:
        batch_op.drop_index("ix_user_questions_user_status")
        batch_op.drop_index(batch_op.f("ix_user_questions_user_id"))
        batch_op.drop_index(batch_op.f("ix_user_questions_question_id"))

    op.drop_table("user_questions")
    with op.batch_alter_table("review_cards", schema=None) as batch_op:
        batch_op.drop_index("ix_review_cards_user_due")
        batch_op.drop_index(batch_op.f("ix_review_cards_question_id"))

    op.drop_table("review_cards")
    with op.batch_alter_table("question_activity", schema=None) as batch_op:
        batch_op.drop_index("ix_question_activity_user_time")
        batch_op.drop_index(batch_op.f("ix_question_activity_question_id"))

    op.drop_table("question_activity")
    with op.batch_alter_table("learning_paths", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_learning_paths_owner_id"))
        batch_op.drop_index(batch_op.f("ix_learning_paths_is_public"))

    op.drop_table("learning_paths")
    with op.batch_alter_table("exercise_submissions", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_exercise_submissions_user_id"))
        batch_op.drop_index("ix_exercise_submissions_user_exercise")
        batch_op.drop_index(batch_op.f("ix_exercise_submissions_exercise_id"))

    op.drop_table("exercise_submissions")
    with op.batch_alter_table("exercise_progress", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_exercise_progress_user_id"))
        batch_op.drop_index(batch_op.f("ix_exercise_progress_exercise_id"))

    op.drop_table("exercise_progress")
    with op.batch_alter_table("auth_sessions", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_auth_sessions_user_id"))

    op.drop_table("auth_sessions")
    op.drop_index("uq_users_username_lower", table_name="users")
    op.drop_table("users")
    with op.batch_alter_table("questions", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_questions_difficulty"))

    op.drop_table("questions")
    with op.batch_alter_table("exercises", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_exercises_difficulty"))
        batch_op.drop_index(batch_op.f("ix_exercises_category"))

    op.drop_table("exercises")
