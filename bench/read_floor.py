"""The same-work floor of each read: a bare Starlette app on asyncpg that verifies the same
bearer token, runs the statements LeetTrack ran for that read (captured from its engine, with
their parameters) and answers the bytes LeetTrack answered. What is left between the two is
what the framework, the ORM and the middleware cost.

Configured by `READ_FLOOR_FILE` (a pickle written by `bench.reads`) and `DATABASE_URL`.
"""

from __future__ import annotations

import asyncio
import os
import pickle
import re
import secrets
import uuid
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass
from typing import Any

import asyncpg
import bcrypt
import jwt
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

Statement = tuple[str, tuple[Any, ...]]
# A login's new session id and refresh-token digest: the floor makes its own for each login.
_UNIQUE = re.compile(r"^([0-9a-f]{8}-([0-9a-f]{4}-){3}[0-9a-f]{12}|[0-9a-f]{64})$")


@dataclass(frozen=True)
class ReadWork:
    """One read as LeetTrack did it: what it ran and what it answered."""

    name: str
    method: str
    path: str
    signed_in: bool
    statements: list[Statement]
    body: bytes
    status: int = 200
    password_hash: bytes | None = None  # a login verifies this hash first
    password: bytes = b""


def _fresh_keys(parameters: tuple[Any, ...], fresh: dict[str, str]) -> tuple[Any, ...]:
    def renew(value: str) -> str:
        return str(uuid.uuid4()) if len(value) == 36 else secrets.token_hex(32)

    return tuple(
        fresh.setdefault(p, renew(p)) if isinstance(p, str) and _UNIQUE.match(p) else p
        for p in parameters
    )


def _token(request: Request, secret: str) -> None:
    header = request.headers.get("authorization", "")
    jwt.decode(header.removeprefix("Bearer "), secret, algorithms=["HS256"])


def create_app() -> Starlette:
    with open(os.environ["READ_FLOOR_FILE"], "rb") as stored:
        works: list[ReadWork] = pickle.load(stored)  # written by bench.reads
    secret = os.environ["JWT_SECRET"]
    dsn = os.environ["DATABASE_URL"].replace("+asyncpg", "")
    pool: dict[str, asyncpg.Pool] = {}

    @asynccontextmanager
    async def lifespan(_app: Starlette) -> AsyncIterator[None]:
        pool["db"] = await asyncpg.create_pool(dsn, min_size=10, max_size=10)
        yield
        await pool["db"].close()

    def endpoint(work: ReadWork) -> Any:
        async def answer(request: Request) -> Response:
            if work.signed_in:
                _token(request, secret)
            if work.password_hash is not None:
                await request.body()
                await asyncio.to_thread(bcrypt.checkpw, work.password, work.password_hash)
            async with pool["db"].acquire() as connection:
                if work.password_hash is not None:  # a login writes, in one transaction
                    fresh: dict[str, str] = {}
                    async with connection.transaction():
                        for sql, parameters in work.statements:
                            await connection.fetch(sql, *_fresh_keys(parameters, fresh))
                else:
                    for sql, parameters in work.statements:
                        await connection.fetch(sql, *parameters)
            return Response(work.body, work.status, media_type="application/json")

        return answer

    async def health(_request: Request) -> Response:
        return Response(b'{"success":true}', media_type="application/json")

    routes = [Route("/health", health)]
    routes += [Route(w.path, endpoint(w), methods=[w.method]) for w in works]
    return Starlette(routes=routes, lifespan=lifespan)
