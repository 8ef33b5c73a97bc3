"""`leettrack catalog sync`: LeetCode's whole problem list into the questions table.

The pages of the problem list come through the LeetCode client (so the throttle and the cache
apply); then the whole list is upserted in one transaction: metadata only, never problem text.
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Annotated, Any

import typer
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from leettrack.core.errors import AppError
from leettrack.db import Database
from leettrack.leetcode.client import MAX_PROBLEMS_PAGE, LeetCodeClient
from leettrack.leetcode.models import Question
from leettrack.leetcode.schemas import ProblemSummary
from leettrack.settings import Settings, get_settings

Progress = Callable[[int, int], None]  # (problems done, total)


@dataclass
class SyncReport:
    fetched: int = 0
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    incomplete: int = 0  # new problems LeetCode listed without a difficulty: not stored yet


def question_values(problem: ProblemSummary) -> dict[str, Any]:
    """The `questions` columns for a problem from the client (a `Question` is one too). A field
    LeetCode left null is left out: it never erases what is known."""
    values = {
        "frontend_id": problem.frontend_id,
        "title_slug": problem.title_slug,
        "title": problem.title,
        "difficulty": problem.difficulty,
        "topic_tags": [tag.model_dump() for tag in problem.topic_tags] or None,
        "is_paid_only": problem.is_paid_only,
        "ac_rate": problem.ac_rate,
    }
    return {key: value for key, value in values.items() if value is not None}


async def upsert_questions(session: AsyncSession, problems: Sequence[ProblemSummary]) -> SyncReport:
    """Insert new problems and update known ones, matched by slug. A row whose slug LeetCode no
    longer lists but whose frontend id it does was renamed: it keeps its id (and the progress and
    path entries that hang on it). Wants the whole list, to tell a rename from a renumbering."""
    report = SyncReport(fetched=len(problems))
    incoming = {problem.title_slug for problem in problems}
    known = (await session.scalars(select(Question))).all()
    by_slug = {question.title_slug: question for question in known}
    by_id = {question.frontend_id: question for question in known if question.frontend_id}
    for problem in problems:
        values = question_values(problem)
        number = problem.frontend_id
        row = by_slug.get(problem.title_slug)
        if row is None and number is not None:
            candidate = by_id.get(number)
            if candidate is not None and candidate.title_slug not in incoming:
                row = candidate
        if row is None and problem.difficulty is None:
            report.incomplete += 1
            continue
        holder = None if number is None else by_id.get(number)
        if holder is not None and holder is not row:  # the number now belongs to this problem
            holder.frontend_id = None
            await session.flush()
        if row is None:
            row = Question(**values)
            session.add(row)
            report.created += 1
        else:
            changes = {key: value for key, value in values.items() if getattr(row, key) != value}
            for key, value in changes.items():
                setattr(row, key, value)
            report.updated += bool(changes)
            report.unchanged += not changes
        by_slug[problem.title_slug] = row
        if number is not None:
            by_id[number] = row
    return report


async def fetch_catalog(
    client: LeetCodeClient, *, page_size: int = MAX_PROBLEMS_PAGE, progress: Progress | None = None
) -> list[ProblemSummary]:
    """Every problem LeetCode lists, page by page."""
    problems: list[ProblemSummary] = []
    total = None
    while total is None or len(problems) < total:
        page = (await client.list_problems(limit=page_size, offset=len(problems))).data
        total = page.total
        if not page.items:
            break
        problems.extend(page.items)
        if progress is not None:
            progress(len(problems), total)
    return problems


async def sync_catalog(
    client: LeetCodeClient,
    sessionmaker: async_sessionmaker[AsyncSession],
    *,
    page_size: int = MAX_PROBLEMS_PAGE,
    progress: Progress | None = None,
) -> SyncReport:
    problems = await fetch_catalog(client, page_size=page_size, progress=progress)
    async with sessionmaker() as session:
        report = await upsert_questions(session, problems)
        await session.commit()
    return report


async def _run(settings: Settings, page_size: int, progress: Progress) -> SyncReport:
    database = Database(settings)
    client = LeetCodeClient.from_settings(settings)
    try:
        return await sync_catalog(
            client, database.sessionmaker, page_size=page_size, progress=progress
        )
    finally:
        await client.aclose()
        await database.dispose()


catalog_app = typer.Typer(help="The LeetCode problem catalog.")


@catalog_app.command("sync")
def sync_command(
    page_size: Annotated[
        int, typer.Option(min=1, max=MAX_PROBLEMS_PAGE, help="Problems per request")
    ] = MAX_PROBLEMS_PAGE,
) -> None:
    """Pull LeetCode's full problem list and upsert its metadata (never problem text)."""
    with contextlib.ExitStack() as stack:
        bar: Any = None

        def progress(done: int, total: int) -> None:
            nonlocal bar
            if bar is None:
                bar = stack.enter_context(
                    typer.progressbar(length=total, label="Syncing the LeetCode catalog")
                )
            bar.update(done - bar.pos)

        try:
            report = asyncio.run(_run(get_settings(), page_size, progress))
        except AppError as exc:
            typer.echo(f"error: {exc.message}", err=True)
            raise typer.Exit(1) from exc
    typer.echo(
        f"synced {report.fetched} problems: {report.created} new, {report.updated} updated, "
        f"{report.unchanged} unchanged"
        + (f", {report.incomplete} left out (no difficulty yet)" if report.incomplete else "")
    )
