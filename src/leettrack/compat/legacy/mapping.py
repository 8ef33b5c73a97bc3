"""LeetTrack's answers in the shapes the LeetTrack 1.x Flask API gave, and its error body."""

from __future__ import annotations

import re
from collections import Counter
from datetime import UTC, datetime
from typing import Any

from leettrack.auth.models import User
from leettrack.auth.schemas import UserOut
from leettrack.compat.errors import NativeError
from leettrack.compat.legacy.ids import CardRef
from leettrack.leetcode.schemas import (
    AcSubmission,
    DailyQuestion,
    ProblemPage,
    ProblemSummary,
    Question,
)
from leettrack.leetcode.schemas import UserProfile as LeetCodeProfile
from leettrack.paths.schemas import PathDetail, PathOut
from leettrack.reviews.scheduling import CONFIDENCE_LABELS
from leettrack.reviews.schemas import CardOut, NeedRatingOut, QuestionRef, ReviewOut

_NOT_TAG = re.compile(r"[^a-z0-9]+")

# The 1.x rating scale, strongest first; each label is a grade of LeetTrack's FSRS scheduler
# (reviews.scheduling.CONFIDENCE_LABELS). FSRS sets each card's intervals from its own
# history, so no fixed `intervals` are listed.
_LEVELS = (
    ("mastered", "Mastered", "No more reviews: the optimal solution came at once", "#10b981"),
    ("confident", "Confident", "Came up with the best solution quickly", "#3b82f6"),
    ("understood", "Understood", "Solved, but a better or faster solution exists", "#f59e0b"),
    ("struggled", "Struggled", "Not solved in time, but the solution is understood", "#ef4444"),
    ("confused", "Confused", "The solution is not understood yet", "#8b5cf6"),
)
assert {value for value, *_ in _LEVELS} == set(CONFIDENCE_LABELS)
CONFIDENCE_LEVELS = [
    {"value": value, "label": label, "description": text, "color": color, "intervals": []}
    for value, label, text, color in _LEVELS
]
_LABEL_OF_RATING = {1: "confused", 2: "struggled", 3: "understood", 4: "confident"}


def error_body(error: NativeError) -> dict[str, Any]:
    """Flask's `{"status": "error", "message": ...}`; `error` names the failure as
    flask-jwt-extended's answers did (`authorization_required`, `token_expired`, ...)."""
    body: dict[str, Any] = {
        "status": "error",
        "message": error.message,
        "error": _ERROR_NAMES.get(error.code, error.code.lower()),
    }
    if error.details:
        body["details"] = error.details
    return body


_ERROR_NAMES = {"UNAUTHORIZED": "authorization_required", "TOKEN_EXPIRED": "token_expired"}


def success(**fields: Any) -> dict[str, Any]:
    return {"status": "success", **fields}


def iso(moment: datetime | None) -> str | None:
    return moment.isoformat() if moment is not None else None


def problem_url(slug: str) -> str:
    return f"https://leetcode.com/problems/{slug}/"


# --- accounts -----------------------------------------------------------------------------


def user(account: User | UserOut) -> dict[str, Any]:
    """The 1.x user: `user_id` (what its frontend reads) and `id` (what its backend sent)."""
    last_login = account.last_login_at if isinstance(account, User) else None
    return {
        "id": account.id,
        "user_id": account.id,
        "email": account.email,
        "leetcode_username": account.leetcode_username,
        "is_admin": account.is_admin,
        "is_active": account.is_active,
        "created_at": iso(account.created_at),
        "last_login": iso(last_login),
    }


def username_from(email: str, attempt: int) -> str:
    """A valid LeetTrack username (3-32 of A-Za-z0-9_-) from an email's local part; the
    `attempt`-th candidate when earlier ones were taken."""
    base = re.sub(r"[^A-Za-z0-9_-]+", "-", email.split("@", 1)[0]).strip("-_") or "user"
    base = base[:24].ljust(3, "0")
    return base if attempt == 0 else f"{base}-{attempt + 1}"


# --- learning paths -----------------------------------------------------------------------


def level_in(level: str | None) -> str | None:
    """1.x levels are capitalised ("Intermediate"); LeetTrack's are lowercase."""
    return level.strip().lower() if level is not None else None


def tags_in(tags: list[str] | str | None) -> list[str] | None:
    """1.x tags were free text ("Dynamic Programming"); LeetTrack's are slugs."""
    if tags is None:
        return None
    items = tags.split(",") if isinstance(tags, str) else tags
    slugs = (_NOT_TAG.sub("-", tag.lower()).strip("-") for tag in items)
    return list(dict.fromkeys(slug for slug in slugs if slug))


def hours_in(hours: float | None) -> int | None:
    """1.x sent 0 for "not estimated"; LeetTrack leaves it empty."""
    if not hours:
        return None
    return max(round(hours), 1) if hours > 0 else round(hours)


def path_ref(path: PathOut) -> dict[str, Any]:
    """How 1.x named a path in its answers to the administration's changes."""
    return {"path_id": path.id, "name": path.name, "description": path.description}


def path_summary(path: PathOut) -> dict[str, Any]:
    return path_ref(path) | {
        "difficulty_level": path.difficulty_level.capitalize(),
        "estimated_hours": path.estimated_hours,
        "tags": path.tags,
        "question_count": path.question_count,
        "created_at": iso(path.created_at),
        "source": path.source.capitalize(),
    }


def admin_path(path: PathOut, enrollments: int) -> dict[str, Any]:
    """`is_active` is `is_public`: LeetTrack has no separate switch, and a path that is not
    public is out of the catalog, which is what deactivating did."""
    return path_summary(path) | {
        "enrollment_count": enrollments,
        "updated_at": iso(path.updated_at),
        "is_public": path.is_public,
        "is_active": path.is_public,
        "creator_id": path.owner_id,
    }


def path_detail(path: PathDetail, question_ids: dict[str, int]) -> dict[str, Any]:
    return path_summary(path) | {
        "questions": [
            {
                "sequence_number": question.position,
                "question_id": question_ids.get(question.title_slug),
                "leetcode_id": question.frontend_id,
                "title": question.title,
                "url": problem_url(question.title_slug),
                "difficulty": question.difficulty,
                "tags": [tag.name for tag in question.topic_tags],
                "notes": question.notes,
                "estimated_minutes": None,
                "importance": None,
            }
            for question in path.questions
        ]
    }


def path_slugs(path: PathDetail) -> list[str]:
    return [question.title_slug for question in path.questions]


def new_order(current: dict[int, str], orders: list[tuple[int, int]]) -> list[str]:
    """The path's slugs after moving each `(position, sequence_number)`; positions not named
    keep their place among the rest, unknown positions are ignored (as 1.x ignored them)."""
    moved = {position: sequence for position, sequence in orders if position in current}
    ranked = sorted(current, key=lambda position: (moved.get(position, position), position))
    return [current[position] for position in ranked]


# --- reviews ------------------------------------------------------------------------------


def confidence_of(ref: CardRef) -> str | None:
    if ref.last_confidence:
        return ref.last_confidence
    return _LABEL_OF_RATING.get(ref.last_rating) if ref.last_rating is not None else None


def _question(question: QuestionRef, ref: CardRef) -> dict[str, Any]:
    """What both 1.x review lists say of a question."""
    return {
        "user_question_id": ref.card_id,
        "question_id": ref.question_id,
        "title": question.title,
        "url": problem_url(question.slug),
        "difficulty": question.difficulty,
        "times_reviewed": ref.times_reviewed,
    }


def review_item(card: CardOut, ref: CardRef) -> dict[str, Any]:
    return _question(card.question, ref) | {
        "confidence": confidence_of(ref),
        "last_reviewed": iso(card.last_review),
        "next_review": iso(card.due),
    }


def rating_item(item: NeedRatingOut, ref: CardRef) -> dict[str, Any]:
    return _question(item.question, ref) | {"solved_at": iso(item.solved_at)}


def rated(review: ReviewOut, confidence: str) -> dict[str, Any]:
    card = review.card
    return {"next_review": None if card.retired else iso(card.due), "confidence": confidence}


def submission_item(
    item: NeedRatingOut, submission: AcSubmission, ref: CardRef, url_slug: str
) -> dict[str, Any]:
    when = submission.timestamp.astimezone(UTC)
    return rating_item(item, ref) | {
        "title": submission.title,
        "title_slug": url_slug,
        "solved_at": when.isoformat(),
        "language": submission.lang,
        "leetcode_submission": {
            "status": "Accepted",
            "timestamp": int(when.timestamp()),
            "date": when.strftime("%Y-%m-%d %H:%M"),
        },
    }


# --- LeetCode -----------------------------------------------------------------------------


def _tags(question: Question | ProblemSummary) -> list[dict[str, str]]:
    return [{"name": tag.name, "slug": tag.slug} for tag in question.topic_tags]


def problem(question: Question) -> dict[str, Any]:
    """A problem as LeetCode's GraphQL API names it (the 1.x backend passed it through)."""
    return {
        "questionId": str(question.question_id),
        "questionFrontendId": str(question.frontend_id),
        "title": question.title,
        "titleSlug": question.title_slug,
        "content": question.content,
        "difficulty": question.difficulty,
        "isPaidOnly": question.is_paid_only,
        "acRate": question.ac_rate,
        "topicTags": _tags(question),
        "codeSnippets": [
            {"lang": snippet.lang, "langSlug": snippet.lang_slug, "code": snippet.code}
            for snippet in question.code_snippets
        ],
        "hints": question.hints,
        "similarQuestions": [
            {
                "title": similar.title,
                "titleSlug": similar.title_slug,
                "difficulty": similar.difficulty,
            }
            for similar in question.similar_questions
        ],
    }


def daily(challenge: DailyQuestion) -> dict[str, Any]:
    return {
        "date": challenge.date.isoformat(),
        "link": challenge.link,
        "question": problem(challenge.question),
    }


def problems(page: ProblemPage) -> dict[str, Any]:
    return {
        "total": page.total,
        "questions": [
            {
                "acRate": item.ac_rate,
                "difficulty": item.difficulty,
                "frontendQuestionId": str(item.frontend_id),
                "paidOnly": item.is_paid_only,
                "title": item.title,
                "titleSlug": item.title_slug,
                "topicTags": _tags(item),
            }
            for item in page.items
        ],
    }


def _progress(solved: int, total: int) -> dict[str, Any]:
    return {
        "solved": solved,
        "total": total,
        "percentage": round(solved / total * 100, 1) if total else 0,
    }


def profile_stats(profile: LeetCodeProfile, local: dict[str, int]) -> dict[str, Any]:
    """The 1.x profile page's statistics, from LeetTrack's LeetCode client."""
    solved, totals = profile.solved, profile.totals
    recent = [
        {
            "title": submission.title,
            "titleSlug": submission.title_slug,
            "status": "Accepted",
            "language": submission.lang,
            "date": submission.timestamp.astimezone(UTC).strftime("%Y-%m-%d %H:%M"),
            "timestamp": int(submission.timestamp.timestamp()),
            "url": problem_url(submission.title_slug),
        }
        for submission in profile.recent_submissions[:10]
    ]
    languages = Counter(submission.lang for submission in profile.recent_submissions)
    calendar = sorted(  # LeetTrack keys the calendar by UTC date, 1.x by that day's epoch
        (int(datetime.fromisoformat(day).replace(tzinfo=UTC).timestamp()), count)
        for day, count in profile.submission_calendar.items()
    )
    daily_counts: list[dict[str, Any]] = [
        {
            "date": datetime.fromtimestamp(stamp, UTC).strftime("%Y-%m-%d"),
            "count": count,
            "timestamp": stamp,
        }
        for stamp, count in calendar
    ]
    month_ago = datetime.now(UTC).timestamp() - 30 * 86400
    return {
        "solvingStats": {
            "totalSolved": solved.all,
            "easySolved": solved.easy,
            "mediumSolved": solved.medium,
            "hardSolved": solved.hard,
            "totalQuestions": totals.all,
            "totalEasy": totals.easy,
            "totalMedium": totals.medium,
            "totalHard": totals.hard,
            "ranking": profile.ranking or 0,
            "contributionPoint": 0,  # not in LeetCode's public profile query
        },
        "recentSubmissions": recent,
        "languageStats": {
            "languages": [
                {"language": lang, "count": count} for lang, count in languages.most_common()
            ],
            "totalSubmissions": len(profile.recent_submissions),
            "uniqueLanguages": len(languages),
        },
        "submissionCalendar": {
            "dailySubmissions": daily_counts,
            "recentActivity": [day for day in daily_counts if day["timestamp"] >= month_ago],
            "totalActiveDays": sum(1 for _, count in calendar if count > 0),
            "maxSubmissionsPerDay": max((count for _, count in calendar), default=0),
            "totalSubmissions": sum(count for _, count in calendar),
        },
        "difficultyProgress": {
            "easy": _progress(solved.easy, totals.easy),
            "medium": _progress(solved.medium, totals.medium),
            "hard": _progress(solved.hard, totals.hard),
            "overall": _progress(solved.all, totals.all),
        },
    }
