"""Everything an account holds, as one document (`GET /api/v1/auth/me/export`): the profile,
progress and notes per problem, activity, review cards with their logs, enrolments, the paths
the user made, exercise progress and every submission. Secrets (the password hash, tokens) are
never part of it."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from pydantic import BaseModel
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from leettrack.auth.models import User
from leettrack.auth.schemas import UserOut
from leettrack.db import utcnow
from leettrack.exercises.models import ExerciseProgress, ExerciseSubmission
from leettrack.leetcode.models import Question
from leettrack.paths.models import LearningPath, PathQuestion, UserLearningPath
from leettrack.reviews.models import ReviewCard, ReviewLog
from leettrack.tracking.models import ProblemSubmission, QuestionActivity, UserQuestion

EXPORT_FORMAT = 1


class ExportedQuestion(BaseModel):
    slug: str
    title: str
    difficulty: str
    status: str
    attempts: int
    time_spent_seconds: int
    first_solved_at: datetime | None
    verified_at: datetime | None
    last_attempted_at: datetime | None
    notes: str | None
    updated_at: datetime


class ExportedActivity(BaseModel):
    slug: str
    kind: str
    occurred_at: datetime


class ExportedReviewLog(BaseModel):
    rating: int
    confidence: str | None
    reviewed_at: datetime
    duration_seconds: int | None
    state_before: int
    state_after: int
    stability: float | None
    difficulty: float | None
    due: datetime
    interval_days: float
    desired_retention: float
    maximum_interval_days: int


class ExportedCard(BaseModel):
    slug: str
    state: int
    stability: float | None
    difficulty: float | None
    due: datetime
    last_review: datetime | None
    needs_rating: bool
    retired: bool
    logs: list[ExportedReviewLog]


class ExportedEnrolment(BaseModel):
    path: str
    enrolled_at: datetime


class ExportedPathQuestion(BaseModel):
    slug: str
    position: int
    category: str | None
    notes: str | None


class ExportedPath(BaseModel):
    slug: str
    name: str
    description: str
    difficulty_level: str
    tags: list[str]
    is_public: bool
    created_at: datetime
    questions: list[ExportedPathQuestion]


class ExportedExercise(BaseModel):
    exercise_id: str
    status: str
    attempts: int
    completion_time: int | None
    completed_at: datetime | None
    last_code: str | None
    started_at: datetime


class ExportedSubmission(BaseModel):
    exercise_id: str
    code: str
    success: bool
    passed: int
    total: int
    duration_ms: int
    test_results: dict[str, Any]
    submitted_at: datetime


class ExportedProblemSubmission(BaseModel):
    slug: str
    code: str
    verdict: str
    passed: int
    total: int
    duration_ms: int
    seed: int
    report: dict[str, Any]
    submitted_at: datetime


class AccountExport(BaseModel):
    format: int = EXPORT_FORMAT
    exported_at: datetime
    profile: UserOut
    questions: list[ExportedQuestion]
    activity: list[ExportedActivity]
    reviews: list[ExportedCard]
    enrolments: list[ExportedEnrolment]
    paths: list[ExportedPath]
    exercises: list[ExportedExercise]
    submissions: list[ExportedSubmission]
    problem_submissions: list[ExportedProblemSubmission]


def _fields(row: Any, model: type[BaseModel], **extra: Any) -> dict[str, Any]:
    """The columns of `row` that `model` declares, plus `extra`."""
    names = model.model_fields.keys() - extra.keys()
    return {name: getattr(row, name) for name in names if hasattr(row, name)} | extra


async def export_account(session: AsyncSession, user: User) -> AccountExport:
    """One read of everything the user owns, a fixed number of queries whatever its size."""
    questions = await session.execute(
        select(UserQuestion, Question.title_slug, Question.title, Question.difficulty)
        .join(Question, Question.id == UserQuestion.question_id)
        .where(UserQuestion.user_id == user.id)
        .order_by(UserQuestion.id)
    )
    activity = await session.execute(
        select(QuestionActivity, Question.title_slug)
        .join(Question, Question.id == QuestionActivity.question_id)
        .where(QuestionActivity.user_id == user.id)
        .order_by(QuestionActivity.occurred_at, QuestionActivity.id)
    )
    logs: dict[int, list[ExportedReviewLog]] = {}
    for log in await session.scalars(
        select(ReviewLog).where(ReviewLog.user_id == user.id).order_by(ReviewLog.id)
    ):
        logs.setdefault(log.card_id, []).append(
            ExportedReviewLog.model_validate(_fields(log, ExportedReviewLog))
        )
    cards = await session.execute(
        select(ReviewCard, Question.title_slug)
        .join(Question, Question.id == ReviewCard.question_id)
        .where(ReviewCard.user_id == user.id)
        .order_by(ReviewCard.id)
    )
    enrolments = await session.execute(
        select(LearningPath.slug, UserLearningPath.enrolled_at)
        .join(LearningPath, LearningPath.id == UserLearningPath.path_id)
        .where(UserLearningPath.user_id == user.id)
        .order_by(UserLearningPath.enrolled_at)
    )
    own_paths = (
        await session.scalars(
            select(LearningPath).where(LearningPath.owner_id == user.id).order_by(LearningPath.id)
        )
    ).all()
    entries: dict[int, list[ExportedPathQuestion]] = {}
    for entry, slug in await session.execute(
        select(PathQuestion, Question.title_slug)
        .join(Question, Question.id == PathQuestion.question_id)
        .where(PathQuestion.path_id.in_([path.id for path in own_paths]))
        .order_by(PathQuestion.path_id, PathQuestion.position)
    ):
        entries.setdefault(entry.path_id, []).append(
            ExportedPathQuestion.model_validate(_fields(entry, ExportedPathQuestion, slug=slug))
        )
    exercises = await session.scalars(
        select(ExerciseProgress)
        .where(ExerciseProgress.user_id == user.id)
        .order_by(ExerciseProgress.id)
    )
    submissions = await session.scalars(
        select(ExerciseSubmission)
        .where(ExerciseSubmission.user_id == user.id)
        .order_by(ExerciseSubmission.id)
    )
    problem_submissions = await session.scalars(
        select(ProblemSubmission)
        .where(ProblemSubmission.user_id == user.id)
        .order_by(ProblemSubmission.id)
    )
    return AccountExport(
        exported_at=utcnow(),
        profile=UserOut.model_validate(user),
        questions=[
            ExportedQuestion.model_validate(
                _fields(row, ExportedQuestion, slug=slug, title=title, difficulty=difficulty)
            )
            for row, slug, title, difficulty in questions
        ],
        activity=[
            ExportedActivity.model_validate(_fields(row, ExportedActivity, slug=slug))
            for row, slug in activity
        ],
        reviews=[
            ExportedCard.model_validate(
                _fields(card, ExportedCard, slug=slug, logs=logs.get(card.id, []))
            )
            for card, slug in cards
        ],
        enrolments=[
            ExportedEnrolment(path=slug, enrolled_at=enrolled_at)
            for slug, enrolled_at in enrolments
        ],
        paths=[
            ExportedPath.model_validate(
                _fields(path, ExportedPath, questions=entries.get(path.id, []))
            )
            for path in own_paths
        ],
        exercises=[
            ExportedExercise.model_validate(_fields(row, ExportedExercise)) for row in exercises
        ],
        submissions=[
            ExportedSubmission.model_validate(_fields(row, ExportedSubmission))
            for row in submissions
        ],
        problem_submissions=[
            ExportedProblemSubmission.model_validate(_fields(row, ExportedProblemSubmission))
            for row in problem_submissions
        ],
    )
