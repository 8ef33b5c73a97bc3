"""The execution limit: `RATE_LIMIT_EXEC_MAX` runs per `RATE_LIMIT_EXEC_WINDOW_MS` per signed-in
user, whichever route runs the code: run and test here, the Python Portal's run, test and execute
(`leettrack.compat.portal`) and the exercise page's Run and Test (`leettrack.web`), all in one
budget. A route declares it with `dependencies=[Depends(execution_limit)]`; a page counts its
run with `count_run`."""

from __future__ import annotations

from fastapi import Request

from leettrack.auth.deps import CurrentUser
from leettrack.auth.models import User
from leettrack.core.ratelimit import RouteLimit, user_key

RUNS = RouteLimit(
    "execution", lambda settings: (settings.rate_limit_exec_max, settings.rate_limit_exec_window_ms)
)


async def count_run(request: Request, user: User) -> None:
    await RUNS.hit(request, user_key(user.id))


async def execution_limit(request: Request, user: CurrentUser) -> None:
    """A run by the signed-in user (who is resolved first: runs need an account)."""
    await count_run(request, user)
