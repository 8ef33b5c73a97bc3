"""Every domain's models, imported once so that the metadata (and Alembic) sees all tables."""

from leettrack.auth.models import AuthSession, RefreshToken, User
from leettrack.db import Base
from leettrack.exercises.models import Exercise, ExerciseProgress, ExerciseSubmission
from leettrack.leetcode.models import Question
from leettrack.paths.models import LearningPath, PathQuestion, UserLearningPath
from leettrack.reviews.models import ReviewCard, ReviewLog
from leettrack.tracking.models import ProblemSubmission, QuestionActivity, UserQuestion

__all__ = [
    "AuthSession",
    "Base",
    "Exercise",
    "ExerciseProgress",
    "ExerciseSubmission",
    "LearningPath",
    "PathQuestion",
    "ProblemSubmission",
    "Question",
    "QuestionActivity",
    "RefreshToken",
    "ReviewCard",
    "ReviewLog",
    "User",
    "UserLearningPath",
    "UserQuestion",
]
