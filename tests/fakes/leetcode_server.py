"""A fake leetcode.com/graphql: a real GraphQL server (graphql-core) on a loopback port.

It validates every query against `leetcode_schema.graphql` (a faithful subset of LeetCode's),
answers from `leetcode_data`, counts calls per operation, and can be switched into fault modes:
down (connections refused), slow, 429 with Retry-After, Cloudflare's 403 challenge page, 5xx, a
garbage body, a wrong JSON shape. Any field can be made to answer null (`set_null`), or to fail
with a GraphQL error beside the rest of the data (`fail_field`), as leetcode.com sometimes does.

It runs on its own event loop in a background thread, so tests on any loop (and a `leettrack
serve` subprocess) can use it. Standalone: `python -m tests.fakes.leetcode_server --port 8765`;
then `GET /_fake/calls`, `POST /_fake/reset` and `POST /_fake/fault {"mode": "slow", "delay": 2}`
control it.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import threading
import time
from collections import Counter
from collections.abc import Container, Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import Any

import h11
from graphql import (
    GraphQLError,
    GraphQLResolveInfo,
    GraphQLSchema,
    build_schema,
    default_field_resolver,
    execute_sync,
    parse,
    validate,
)

from tests.fakes import leetcode_data as data

SCHEMA: GraphQLSchema = build_schema(
    (Path(__file__).with_name("leetcode_schema.graphql")).read_text(encoding="utf-8")
)
USER_MISSING = "That user does not exist."
GRAPHQL_PATHS = ("/graphql", "/graphql/")
CHALLENGE_PAGE = (
    b'<!DOCTYPE html><html lang="en-US"><head><title>Just a moment...</title></head>'
    b"<body><noscript>Enable JavaScript and cookies to continue</noscript></body></html>"
)


class Fault(StrEnum):
    NONE = "none"
    DOWN = "down"  # the port refuses connections
    SLOW = "slow"  # answers correctly after `delay` seconds
    RATE_LIMITED = "rate_limited"  # 429 with Retry-After
    CHALLENGE = "challenge"  # Cloudflare's bot check: 403 with a "Just a moment..." HTML page
    SERVER_ERROR = "server_error"  # `status` (5xx) with an HTML body
    GARBAGE = "garbage"  # 200 with an HTML body (a proxy's challenge page)
    WRONG_SHAPE = "wrong_shape"  # 200 with JSON that is not the expected GraphQL answer


@dataclass
class FaultPlan:
    mode: Fault = Fault.NONE
    delay: float = 0.0
    retry_after: int = 1
    status: int = 503
    times: int | None = None  # requests it still applies to; None = until cleared


@dataclass
class _Reply:
    status: int
    body: bytes
    content_type: str = "application/json"
    headers: list[tuple[str, str]] = field(default_factory=list)

    @classmethod
    def json(cls, status: int, payload: object) -> _Reply:
        return cls(status, json.dumps(payload).encode())


class _Root:
    """Root resolvers; graphql-core calls them with (info, **arguments)."""

    def activeDailyCodingChallengeQuestion(self, _info: object) -> dict[str, Any]:
        return data.daily()

    def question(self, _info: object, titleSlug: str) -> dict[str, Any] | None:
        return data.QUESTIONS.get(titleSlug)

    def questionList(
        self,
        _info: object,
        categorySlug: str | None = None,
        limit: int | None = None,
        skip: int | None = None,
        filters: dict[str, Any] | None = None,
    ) -> dict[str, Any]:
        selected = data.filter_questions(filters)
        start = skip or 0
        end = None if limit is None else start + limit
        return {"totalNum": len(selected), "data": selected[start:end]}

    def problemsetQuestionListV2(
        self,
        _info: object,
        filters: dict[str, Any] | None = None,
        limit: int | None = None,
        skip: int | None = None,
        searchKeyword: str | None = None,
        **_ignored: Any,
    ) -> dict[str, Any]:
        filters = filters or {}
        difficulties = (filters.get("difficultyFilter") or {}).get("difficulties") or [None]
        tags = (filters.get("topicFilter") or {}).get("topicSlugs")
        selected = data.filter_questions(
            {"difficulty": difficulties[0], "tags": tags, "searchKeywords": searchKeyword}
        )
        start = skip or 0
        end = None if limit is None else start + limit
        page = [data.listed_v2(question) for question in selected[start:end]]
        return {
            "questions": page,
            "totalLength": len(selected),
            "finishedLength": 0,
            "hasMore": start + len(page) < len(selected),
        }

    def allQuestionsCount(self, _info: object) -> list[dict[str, Any]]:
        return data.all_questions_count()

    def matchedUser(self, _info: object, username: str) -> dict[str, Any]:
        user = data.USERS.get(username)
        if user is None:
            raise GraphQLError(USER_MISSING, extensions={"handled": True})
        return user

    def recentAcSubmissionList(
        self, _info: object, username: str, limit: int | None = None
    ) -> list[dict[str, Any]]:
        return data.AC_SUBMISSIONS.get(username, [])[: limit or 20]

    recentSubmissionList = recentAcSubmissionList

    def userContestRanking(self, _info: object, username: str) -> dict[str, Any] | None:
        return data.CONTESTS.get(username, (None, []))[0]

    def userContestRankingHistory(self, _info: object, username: str) -> list[dict[str, Any]]:
        return data.CONTESTS.get(username, (None, []))[1]


FieldKey = tuple[str, str]  # (type name, field name), e.g. ("QuestionNode", "difficulty")


def run_graphql(
    payload: object,
    nulls: Container[FieldKey] = frozenset(),
    failures: Mapping[FieldKey, str] | None = None,
) -> _Reply:
    """Execute one GraphQL request body; 400 for a request LeetCode would reject. Fields in
    `nulls` answer null; fields in `failures` raise their message as a GraphQL error."""
    failures = failures or {}

    def resolve(source: Any, info: GraphQLResolveInfo, **arguments: Any) -> Any:
        key = (info.parent_type.name, info.field_name)
        if key in failures:
            raise GraphQLError(failures[key])
        if key in nulls:
            return None
        return default_field_resolver(source, info, **arguments)

    if not isinstance(payload, dict) or not isinstance(payload.get("query"), str):
        return _Reply.json(400, {"errors": [{"message": "Must provide query string."}]})
    try:
        document = parse(payload["query"])
    except GraphQLError as error:
        return _Reply.json(400, {"errors": [error.formatted]})
    errors = validate(SCHEMA, document)
    if errors:
        return _Reply.json(400, {"errors": [e.formatted for e in errors]})
    result = execute_sync(
        SCHEMA,
        document,
        root_value=_Root(),
        field_resolver=resolve,
        variable_values=payload.get("variables") or {},
        operation_name=payload.get("operationName"),
    )
    body: dict[str, Any] = {}
    if result.errors:
        body["errors"] = [e.formatted for e in result.errors]
    body["data"] = result.data
    return _Reply.json(200, body)


class FakeLeetCode:
    """The fake server. `start()`/`stop()` run it in a thread; `url` is its GraphQL endpoint."""

    def __init__(self, host: str = "127.0.0.1", port: int = 0) -> None:
        self.host = host
        self.port = port
        self.calls: Counter[str] = Counter()
        self.received_at: list[float] = []  # time.monotonic() of each GraphQL request
        self.in_flight = 0
        self.peak_in_flight = 0
        self.last_headers: dict[str, str] = {}
        self.plan = FaultPlan()
        self.nulls: set[FieldKey] = set()
        self.failures: dict[FieldKey, str] = {}
        self._loop: asyncio.AbstractEventLoop | None = None
        self._server: asyncio.Server | None = None
        self._writers: set[asyncio.StreamWriter] = set()
        self._thread: threading.Thread | None = None
        self._ready = threading.Event()
        self._stopped: asyncio.Event | None = None
        self._lock = threading.Lock()

    # --- public API (thread-safe) ---------------------------------------------------------

    @property
    def url(self) -> str:
        return f"http://{self.host}:{self.port}/graphql"

    @property
    def total_calls(self) -> int:
        return sum(self.calls.values())

    def start(self) -> FakeLeetCode:
        self._thread = threading.Thread(target=self._run, name="fake-leetcode", daemon=True)
        self._thread.start()
        if not self._ready.wait(10):
            raise RuntimeError("the fake LeetCode server did not start")
        return self

    def stop(self) -> None:
        if self._loop and self._stopped:
            self._loop.call_soon_threadsafe(self._stopped.set)
        if self._thread:
            self._thread.join(10)

    def set_fault(
        self,
        mode: Fault | str,
        *,
        delay: float = 0.0,
        retry_after: int = 1,
        status: int = 503,
        times: int | None = None,
    ) -> None:
        """Switch a fault on; `times` limits it to the next N requests (not for DOWN)."""
        mode = Fault(mode)
        with self._lock:
            self.plan = FaultPlan(mode, delay, retry_after, status, times)
        self._call_in_loop(self._set_listening(mode is not Fault.DOWN))

    def clear_faults(self) -> None:
        self.set_fault(Fault.NONE)

    def set_null(self, type_name: str, field_name: str) -> None:
        """Answer null for this field wherever it is asked (the schema must allow it)."""
        self.nulls.add((type_name, field_name))

    def fail_field(
        self, type_name: str, field_name: str, message: str = "Internal server error"
    ) -> None:
        """Answer this field with a GraphQL error beside the rest of the data (HTTP 200)."""
        self.failures[type_name, field_name] = message

    def reset(self) -> None:
        """Back to a healthy server with zeroed counters."""
        self.clear_faults()
        self.nulls.clear()
        self.failures.clear()
        self.calls.clear()
        self.received_at.clear()
        self.peak_in_flight = 0
        self.last_headers = {}

    def serve_forever(self) -> None:
        """Run in the foreground (the standalone script)."""
        with contextlib.suppress(KeyboardInterrupt):
            asyncio.run(self._main())

    # --- event loop side ------------------------------------------------------------------

    def _run(self) -> None:
        asyncio.run(self._main())

    async def _main(self) -> None:
        self._loop = asyncio.get_running_loop()
        self._stopped = asyncio.Event()
        await self._set_listening(True)
        self._ready.set()
        print(f"fake LeetCode GraphQL listening on {self.url}", flush=True)
        await self._stopped.wait()
        await self._set_listening(False)

    def _call_in_loop(self, coro: Any) -> None:
        if self._loop is None:  # not started: nothing is listening yet
            coro.close()
        elif self._in_loop_thread():
            self._loop.create_task(coro)
        else:
            asyncio.run_coroutine_threadsafe(coro, self._loop).result(10)

    def _in_loop_thread(self) -> bool:
        try:
            return asyncio.get_running_loop() is self._loop
        except RuntimeError:
            return False

    async def _set_listening(self, listening: bool) -> None:
        if listening and self._server is None:
            self._server = await asyncio.start_server(
                self._handle, self.host, self.port, reuse_address=True
            )
            self.port = self._server.sockets[0].getsockname()[1]
        elif not listening and self._server is not None:
            self._server.close()
            self._server = None
            for writer in list(self._writers):
                writer.transport.abort()
            self._writers.clear()

    async def _handle(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        self._writers.add(writer)
        conn = h11.Connection(h11.SERVER)
        try:
            while True:
                request, body = await self._read_request(conn, reader)
                if request is None:
                    break
                reply = await self._dispatch(request, body)
                self._write(conn, writer, reply)
                await writer.drain()
                if conn.our_state is h11.MUST_CLOSE or conn.their_state is h11.MUST_CLOSE:
                    break
                conn.start_next_cycle()
        except (ConnectionError, h11.ProtocolError, asyncio.CancelledError):
            pass  # the client went away, or the server is stopping (a slow answer in progress)
        finally:
            self._writers.discard(writer)
            writer.close()

    @staticmethod
    async def _read_request(
        conn: h11.Connection, reader: asyncio.StreamReader
    ) -> tuple[h11.Request | None, bytes]:
        request: h11.Request | None = None
        body = bytearray()
        while True:
            event = conn.next_event()
            if event is h11.NEED_DATA:
                conn.receive_data(await reader.read(65536))
            elif isinstance(event, h11.Request):
                request = event
            elif isinstance(event, h11.Data):
                body += event.data
            elif isinstance(event, h11.EndOfMessage):
                return request, bytes(body)
            else:  # ConnectionClosed
                return None, b""

    @staticmethod
    def _write(conn: h11.Connection, writer: asyncio.StreamWriter, reply: _Reply) -> None:
        headers = [
            ("content-type", reply.content_type),
            ("content-length", str(len(reply.body))),
            *reply.headers,
        ]
        writer.write(conn.send(h11.Response(status_code=reply.status, headers=headers)))
        writer.write(conn.send(h11.Data(data=reply.body)))
        writer.write(conn.send(h11.EndOfMessage()))

    async def _dispatch(self, request: h11.Request, body: bytes) -> _Reply:
        path = request.target.decode().split("?", 1)[0]
        method = request.method.decode()
        if path.startswith("/_fake/"):
            return self._control(method, path, body)
        if path not in GRAPHQL_PATHS:
            return _Reply(404, b"<html><body>Not Found</body></html>", "text/html")
        if method != "POST":
            return _Reply(405, b"<html><body>Method Not Allowed</body></html>", "text/html")
        headers = {k.decode().lower(): v.decode() for k, v in request.headers}
        self.last_headers = headers
        try:
            payload = json.loads(body)
        except ValueError:
            payload = None
        operation = payload.get("operationName") if isinstance(payload, dict) else None
        self.calls[operation or "anonymous"] += 1
        self.received_at.append(time.monotonic())
        self.in_flight += 1
        self.peak_in_flight = max(self.peak_in_flight, self.in_flight)
        try:
            return await self._answer(payload, headers)
        finally:
            self.in_flight -= 1

    async def _answer(self, payload: Any, headers: dict[str, str]) -> _Reply:
        fault = self._take_fault()
        if fault.mode is Fault.SLOW:
            await asyncio.sleep(fault.delay)
        elif fault.mode is not Fault.NONE:
            return self._faulty(fault)
        if not headers.get("referer", "").startswith("https://leetcode.com"):
            return _Reply(403, b"<html><body>Forbidden</body></html>", "text/html")
        if not headers.get("content-type", "").startswith("application/json"):
            return _Reply.json(400, {"errors": [{"message": "Must provide query string."}]})
        return run_graphql(payload, self.nulls, self.failures)

    def _take_fault(self) -> FaultPlan:
        with self._lock:
            plan = self.plan
            if plan.times is not None:
                plan.times -= 1
                if plan.times <= 0:
                    self.plan = FaultPlan()
            return plan

    @staticmethod
    def _faulty(fault: FaultPlan) -> _Reply:
        if fault.mode is Fault.RATE_LIMITED:
            return _Reply(
                429,
                b"<html><body>Too Many Requests</body></html>",
                "text/html",
                [("retry-after", str(fault.retry_after))],
            )
        if fault.mode is Fault.CHALLENGE:
            return _Reply(
                403,
                CHALLENGE_PAGE,
                "text/html; charset=UTF-8",
                [("cf-mitigated", "challenge"), ("server", "cloudflare")],
            )
        if fault.mode is Fault.SERVER_ERROR:
            return _Reply(fault.status, b"<html><body>Bad Gateway</body></html>", "text/html")
        if fault.mode is Fault.GARBAGE:
            return _Reply(200, b"<!DOCTYPE html><html><title>Just a moment...</title>", "text/html")
        return _Reply.json(200, {"data": {"unexpected": True}})  # WRONG_SHAPE

    def _control(self, method: str, path: str, body: bytes) -> _Reply:
        if path == "/_fake/calls" and method == "GET":
            return _Reply.json(200, {"total": self.total_calls, "calls": dict(self.calls)})
        if path == "/_fake/reset" and method == "POST":
            self.reset()
            return _Reply.json(200, {"ok": True})
        if path == "/_fake/fault" and method == "POST":
            spec = json.loads(body or b"{}")
            mode = Fault(spec.pop("mode", "none"))
            seconds = float(spec.pop("seconds", 1.0))
            assert self._loop is not None
            if mode is Fault.DOWN:  # after this reply is out; and back up by itself later
                self._loop.call_later(0.05, self.set_fault, Fault.DOWN)
                self._loop.call_later(0.05 + seconds, self.clear_faults)
            else:
                self.set_fault(mode, **spec)
            return _Reply.json(200, {"ok": True})
        return _Reply.json(404, {"error": "unknown control endpoint"})


def main() -> None:
    parser = argparse.ArgumentParser(description="Fake LeetCode GraphQL server")
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=0, help="0 picks a free port")
    args = parser.parse_args()
    FakeLeetCode(args.host, args.port).serve_forever()


if __name__ == "__main__":
    main()
