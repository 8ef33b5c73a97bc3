"""The `leettrack` command: serve, migrate, seed and administer."""

from __future__ import annotations

import asyncio
import os
import re
from typing import Annotated

import typer
import uvicorn
from sqlalchemy import func, select

from leettrack import migrate
from leettrack.auth.models import User
from leettrack.auth.schemas import USERNAME_PATTERN, RegisterRequest
from leettrack.auth.service import AuthService
from leettrack.auth.sessions import announce_user_change
from leettrack.core.errors import AppError
from leettrack.core.workers import metrics_directory
from leettrack.db import Database
from leettrack.leetcode.sync import catalog_app
from leettrack.seed import seed_all
from leettrack.settings import get_settings

app = typer.Typer(help="LeetTrack: a self-hostable backend for deliberate coding practice.")
db_app = typer.Typer(help="Database migrations.")
admin_app = typer.Typer(help="Administrator accounts.")
app.add_typer(db_app, name="db")
app.add_typer(admin_app, name="admin")
app.add_typer(catalog_app, name="catalog")


@app.command()
def serve(
    host: Annotated[str | None, typer.Option(help="Interface to bind (default HOST)")] = None,
    port: Annotated[int | None, typer.Option(help="Port (default PORT, 8000)")] = None,
    workers: Annotated[
        str, typer.Option(help="Worker processes: a number, or 'auto' for one per CPU core")
    ] = "1",
) -> None:
    """Serve the API with Uvicorn (several workers share their metrics, see PRODUCTION.md)."""
    settings = get_settings()
    count = worker_count(workers)
    with metrics_directory(count):
        uvicorn.run(
            "leettrack.app:create_app",
            factory=True,
            host=host or settings.host,
            port=port or settings.port,
            workers=count,
            log_config=None,
            access_log=False,
            proxy_headers=True,
            timeout_graceful_shutdown=settings.graceful_shutdown_seconds,
        )


def worker_count(value: str) -> int:
    """`auto`: one worker per core this process may run on (each worker is one event loop
    that keeps its core busy); else a positive number."""
    if value == "auto":
        return max(1, len(os.sched_getaffinity(0)))
    if not value.isdigit() or int(value) < 1:
        raise typer.BadParameter("a positive number or 'auto'", param_hint="--workers")
    return int(value)


@app.command()
def executor(
    host: Annotated[str | None, typer.Option(help="Interface to bind (default HOST)")] = None,
    port: Annotated[int, typer.Option(help="Port")] = 8001,
) -> None:
    """Serve the code executor alone (POST /execute, GET /health) for EXECUTOR_SERVICE_URL."""
    uvicorn.run(
        "leettrack.executor.service:create_executor_app",
        factory=True,
        host=host or get_settings().host,
        port=port,
        log_config=None,
        access_log=False,
        timeout_graceful_shutdown=15,
    )


@db_app.command("upgrade")
def db_upgrade(revision: str = "head") -> None:
    """Apply migrations up to REVISION (default: the latest)."""
    migrate.upgrade(get_settings(), revision)
    typer.echo(f"database upgraded to {revision}")


@db_app.command("downgrade")
def db_downgrade(revision: Annotated[str, typer.Argument(help="Target, e.g. -1 or base")]) -> None:
    """Revert migrations down to REVISION."""
    migrate.downgrade(get_settings(), revision)
    typer.echo(f"database downgraded to {revision}")


@db_app.command("current")
def db_current() -> None:
    """Show the database's current revision."""
    migrate.current(get_settings())


@app.command()
def seed() -> None:
    """Load the bundled catalog, learning paths and exercises (safe to run again)."""
    report = asyncio.run(seed_all(get_settings()))
    for name, counts in report.items():
        typer.echo(f"{name}: " + ", ".join(f"{key}={value}" for key, value in counts.items()))
    typer.echo("seed complete")


async def _create_admin(username: str, email: str, password: str) -> None:
    settings = get_settings()
    database = Database(settings)
    try:
        async with database.sessionmaker() as session:
            await AuthService(session, settings).create_user(
                username=username, email=email, password=password, is_admin=True
            )
    finally:
        await database.dispose()


@admin_app.command("create")
def admin_create(
    username: Annotated[str, typer.Option(help="3-32 of A-Z a-z 0-9 _ -")],
    email: Annotated[str, typer.Option()],
) -> None:
    """Create an administrator (password from LEETTRACK_ADMIN_PASSWORD or a prompt)."""
    password = os.environ.get("LEETTRACK_ADMIN_PASSWORD") or typer.prompt(
        "Password", hide_input=True, confirmation_prompt=True
    )
    try:
        body = RegisterRequest(username=username, email=email, password=password)
    except ValueError as exc:
        typer.echo(f"invalid input: {exc}", err=True)
        raise typer.Exit(2) from exc
    try:
        asyncio.run(_create_admin(body.username, body.email, body.password))
    except AppError as exc:
        typer.echo(f"error: {exc.message}", err=True)
        raise typer.Exit(1) from exc
    typer.echo(f"administrator {body.username} created")


async def _promote(username: str) -> bool:
    database = Database(get_settings())
    try:
        async with database.sessionmaker() as session:
            user = (
                await session.execute(
                    select(User).where(func.lower(User.username) == username.lower())
                )
            ).scalar_one_or_none()
            if user is None:
                return False
            user.is_admin = True
            await announce_user_change(session, [user.id])  # running servers read it at once
            await session.commit()
            return True
    finally:
        await database.dispose()


@admin_app.command("promote")
def admin_promote(username: str) -> None:
    """Give USERNAME administrator rights."""
    if not re.match(USERNAME_PATTERN, username) or not asyncio.run(_promote(username)):
        typer.echo(f"error: no user named {username!r}", err=True)
        raise typer.Exit(1)
    typer.echo(f"{username} is now an administrator")
