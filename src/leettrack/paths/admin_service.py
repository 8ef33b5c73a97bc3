"""Administration: instance statistics and the management of system paths."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from leettrack.auth.models import User
from leettrack.core.pagination import paginate
from leettrack.db import utcnow
from leettrack.models import Base
from leettrack.paths.models import LearningPath, UserLearningPath
from leettrack.paths.schemas import ActiveUsers, Enrolments, InstanceStats, PathEnrolments, PathOut
from leettrack.paths.seed import restore_bundled_path
from leettrack.paths.service import PathService, category_stats, path_out
from leettrack.tracking.changes import announce_paths
from leettrack.tracking.models import QuestionActivity

TOP_PATHS = 10


async def instance_stats(session: AsyncSession) -> InstanceStats:
    """Row counts of every table, active users and enrolments: two statements."""
    now = utcnow()

    def active_since(days: int) -> Any:
        return (
            select(func.count(func.distinct(QuestionActivity.user_id)))
            .where(QuestionActivity.occurred_at >= now - timedelta(days=days))
            .scalar_subquery()
        )

    tables = Base.metadata.sorted_tables
    counts = [
        select(func.count()).select_from(table).scalar_subquery().label(table.name)
        for table in tables
    ]
    row = (
        await session.execute(
            select(
                *counts,
                active_since(1).label("active_1d"),
                active_since(7).label("active_7d"),
                active_since(30).label("active_30d"),
                select(func.count())
                .select_from(User)
                .where(User.last_login_at >= now - timedelta(days=30))
                .scalar_subquery()
                .label("signed_in_30d"),
            )
        )
    ).one()
    top = await session.execute(
        select(LearningPath.id, LearningPath.slug, LearningPath.name, func.count().label("n"))
        .join(UserLearningPath, UserLearningPath.path_id == LearningPath.id)
        .group_by(LearningPath.id, LearningPath.slug, LearningPath.name)
        .order_by(func.count().desc(), LearningPath.id)
        .limit(TOP_PATHS)
    )
    values = row._mapping
    return InstanceStats(
        row_counts={table.name: values[table.name] for table in tables},
        users=ActiveUsers(
            total=values["users"],
            active_1d=values["active_1d"],
            active_7d=values["active_7d"],
            active_30d=values["active_30d"],
            signed_in_30d=values["signed_in_30d"],
        ),
        enrolments=Enrolments(
            total=values["user_learning_paths"],
            top_paths=[
                PathEnrolments(path_id=r.id, slug=r.slug, name=r.name, enrolments=r.n) for r in top
            ],
        ),
    )


class AdminPathService(PathService):
    """Every path, whatever its visibility; system paths created and restored."""

    async def list_all(
        self, *, limit: int, offset: int, source: str | None
    ) -> tuple[list[PathOut], int]:
        conditions = [] if source is None else [LearningPath.source == source]
        rows, total = await paginate(
            self.session,
            select(LearningPath).where(*conditions).order_by(LearningPath.id),
            limit=limit,
            offset=offset,
        )
        paths = [path for (path,) in rows]
        stats = await category_stats(self.session, [path.id for path in paths], None)
        return [path_out(path, stats[path.id], None) for path in paths], total

    async def restore(self, slug: str) -> PathOut:
        path = await restore_bundled_path(self.session, slug)
        await announce_paths(self.session)
        await self.session.commit()
        stats = await category_stats(self.session, [path.id], None)
        return path_out(path, stats[path.id], None)
