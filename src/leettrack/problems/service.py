"""The problems: the catalog (content, filtered in memory), and judged submissions, which feed
the learner's progress and review queue."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Row, select
from sqlalchemy.ext.asyncio import AsyncSession

from leettrack.auth.models import User
from leettrack.core.errors import NotFound
from leettrack.core.pagination import paginate
from leettrack.db import utcnow
from leettrack.executor import Executor, check_size, record_execution
from leettrack.exercises.grading import new_seed
from leettrack.exercises.schemas import GradeReport
from leettrack.leetcode.models import Question
from leettrack.paths.models import LearningPath, PathQuestion
from leettrack.problems.content import BundledProblem, bundled_problems
from leettrack.problems.grading import judge, shown_input
from leettrack.problems.schemas import (
    ExampleOut,
    ParamOut,
    ProblemDetail,
    ProblemSummary,
    SubmissionDetail,
    SubmissionOut,
    SubmissionResult,
)
from leettrack.progress.service import ProgressService
from leettrack.reviews.service import ReviewService
from leettrack.tracking.models import ProblemSubmission, UserQuestion

S = ProblemSubmission
SUMMARY_COLUMNS = (
    S.id,
    S.slug,
    S.verdict,
    S.passed.label("tests_passed"),
    S.total.label("tests_total"),
    S.duration_ms,
    S.submitted_at,
)
DETAIL_COLUMNS = (*SUMMARY_COLUMNS, S.code, S.report)


def problem(slug: str) -> BundledProblem:
    found = bundled_problems().get(slug)
    if found is None:
        raise NotFound(f"No problem {slug!r}", details={"slug": slug})
    return found


def summary(bundled: BundledProblem) -> ProblemSummary:
    metadata = bundled.metadata
    return ProblemSummary(
        slug=metadata.slug,
        title=metadata.title,
        difficulty=metadata.difficulty,
        topics=metadata.topics,
        kind=metadata.kind,
    )


def detail(slug: str) -> ProblemDetail:
    """What a learner sees of a problem: never its hidden cases or its reference."""
    bundled = problem(slug)
    metadata = bundled.metadata
    return ProblemDetail(
        **summary(bundled).model_dump(),
        statement=bundled.statement,
        method=metadata.method,
        class_name=metadata.class_name,
        params=[ParamOut(name=param.name, type=param.type) for param in metadata.params],
        returns=metadata.returns,
        any_order=metadata.order != "exact",
        time_limit_ms=metadata.time_limit_ms,
        starter_code=bundled.starter_code,
        examples=[
            ExampleOut(
                name=case["name"],
                input=shown_input(bundled, case["args"]),
                args=case["args"],
                expected=case["expected"],
            )
            for case in bundled.examples
        ],
        hidden_cases=len(bundled.hidden),
    )


@dataclass(frozen=True, slots=True)
class ProblemFilters:
    difficulty: str | None = None
    topic: str | None = None
    path: str | None = None  # a learning path's slug


class ProblemCatalog:
    def __init__(self, session: AsyncSession) -> None:
        self.session = session

    async def find_many(
        self, filters: ProblemFilters, *, limit: int, offset: int
    ) -> tuple[list[ProblemSummary], int]:
        """Problems by title, or in the path's order when filtered by a path."""
        problems = sorted(bundled_problems().values(), key=lambda found: found.metadata.title)
        if filters.path is not None:
            order = await self.path_slugs(filters.path)
            problems = sorted(
                (found for found in problems if found.slug in order),
                key=lambda found: order[found.slug],
            )
        if filters.difficulty is not None:
            problems = [p for p in problems if p.metadata.difficulty == filters.difficulty]
        if filters.topic is not None:
            topic = filters.topic.casefold()
            problems = [p for p in problems if topic in map(str.casefold, p.metadata.topics)]
        return [summary(found) for found in problems[offset : offset + limit]], len(problems)

    async def path_slugs(self, path_slug: str) -> dict[str, int]:
        """The question slugs of a public path, with their positions; 404 for no such path."""
        path_id = await self.session.scalar(
            select(LearningPath.id).where(
                LearningPath.slug == path_slug, LearningPath.is_public.is_(True)
            )
        )
        if path_id is None:
            raise NotFound(f"No public learning path {path_slug!r}", details={"path": path_slug})
        rows = await self.session.execute(
            select(Question.title_slug, PathQuestion.position)
            .join(PathQuestion, PathQuestion.question_id == Question.id)
            .where(PathQuestion.path_id == path_id)
        )
        return {slug: position for slug, position in rows}

    async def statuses(self, user: User, slugs: list[str]) -> dict[str, tuple[str, bool]]:
        """The learner's status on each of these problems' questions that they have touched,
        and whether a solve was verified here."""
        rows = await self.session.execute(
            select(Question.title_slug, UserQuestion.status, UserQuestion.verified_at)
            .join(UserQuestion, UserQuestion.question_id == Question.id)
            .where(
                UserQuestion.user_id == user.id,
                Question.title_slug.in_(slugs),
            )
        )
        return {slug: (status, verified is not None) for slug, status, verified in rows}


class ProblemSubmissions:
    def __init__(self, session: AsyncSession, user: User, executor: Executor) -> None:
        self.session = session
        self.user = user
        self.executor = executor
        self._user_key = f"user:{user.id}"  # the executor's fair share is per user

    async def submit(self, slug: str, code: str) -> SubmissionResult:
        """Judge ``code``, store the submission with its seed, and record it: accepted, the
        question is solved (verified) and a due review is done; else an attempt counts.
        Nothing is stored when the code could not be run at all (503)."""
        bundled = problem(slug)
        check_size("code", code)
        seed = new_seed()
        await self.session.commit()  # hold no connection while the code runs
        verdict, report = await judge(self.executor, bundled, code, seed, user=self._user_key)
        record_execution(report.status, report.duration_ms / 1000)
        submission = ProblemSubmission(
            user_id=self.user.id,
            slug=slug,
            code=code,
            verdict=verdict,
            passed=report.summary.passed,
            total=report.summary.total,
            duration_ms=round(report.duration_ms),
            seed=seed,
            report=report.model_dump(mode="json"),
            submitted_at=utcnow(),
        )
        self.session.add(submission)
        await self.session.flush()
        submission_id = submission.id
        question = await self.session.scalar(select(Question).where(Question.title_slug == slug))
        progress, reviewed = None, False
        accepted = verdict == "accepted"
        if question is None:
            await self.session.commit()
        else:
            tracker = ProgressService(self.session, self.user)
            progress = await tracker.record_judged_attempt(question, accepted=accepted)
            if accepted and not progress.newly_solved:
                reviews = ReviewService(self.session, self.user, utcnow())
                reviewed = await reviews.review_if_due(question.id)
        return SubmissionResult(
            **report.model_dump(),
            submission_id=submission_id,
            verdict=verdict,
            reviewed=reviewed,
            progress=progress,
        )

    async def history(
        self, slug: str, *, limit: int, offset: int
    ) -> tuple[list[SubmissionOut], int]:
        """The caller's submissions to a problem, newest first."""
        rows, total = await self._page(slug, SUMMARY_COLUMNS, limit=limit, offset=offset)
        return [SubmissionOut.model_validate(dict(row._mapping)) for row in rows], total

    async def recent(self, slug: str, *, limit: int) -> tuple[list[SubmissionDetail], int]:
        """The caller's newest submissions to a problem in full, and how many there are."""
        rows, total = await self._page(slug, DETAIL_COLUMNS, limit=limit, offset=0)
        return [_detail(row) for row in rows], total

    async def get(self, submission_id: int) -> SubmissionDetail:
        """One of the caller's submissions; anyone else's is not found."""
        row = (
            await self.session.execute(
                select(*DETAIL_COLUMNS).where(S.id == submission_id, S.user_id == self.user.id)
            )
        ).one_or_none()
        if row is None:
            raise NotFound(f"Submission {submission_id} not found")
        return _detail(row)

    async def _page(
        self, slug: str, columns: tuple[Any, ...], *, limit: int, offset: int
    ) -> tuple[Sequence[Row[Any]], int]:
        problem(slug)
        statement = (
            select(*columns)
            .where(S.user_id == self.user.id, S.slug == slug)
            .order_by(S.submitted_at.desc(), S.id.desc())
        )
        return await paginate(self.session, statement, limit=limit, offset=offset)


def _detail(row: Row[Any]) -> SubmissionDetail:
    values = dict(row._mapping)
    result = GradeReport.model_validate(values.pop("report"))
    return SubmissionDetail(**values, result=result)
