"""POSTing GraphQL documents to LeetCode: throttled, retried, and with failures mapped to errors.

Timeouts, connection failures and 5xx are retried (at most `retries` times, jittered exponential
backoff); a 429, or Cloudflare's bot check (403 with a "Just a moment..." page), blocks the
throttle for Retry-After (CHALLENGE_PAUSE when the challenge names none) and is retried only if
that fits the deadline. The whole call never takes longer than `timeout * (retries + 1)` plus the
backoff pauses.

unreachable, timeout, 5xx, 429, challenge -> UpstreamUnavailable (503, Retry-After)
a 200 whose `errors` name fields (nulled by the failure) -> UpstreamUnavailable (503)
not JSON, not a GraphQL answer, another 4xx -> UpstreamError (502)

The one field error that is an answer is "That user does not exist." with a null `matchedUser`:
it is left to the caller, which answers 404.
"""

from __future__ import annotations

import asyncio
import functools
import json
import logging
import random
import ssl
import time
from email.utils import parsedate_to_datetime
from typing import Any

import httpx

from leettrack import __version__
from leettrack.core.errors import AppError, UpstreamError, UpstreamUnavailable
from leettrack.leetcode.queries import Operation
from leettrack.leetcode.throttle import Throttle

logger = logging.getLogger(__name__)

REFERER = "https://leetcode.com"
HEADERS = {
    "Content-Type": "application/json",
    "Accept": "application/json",
    "Referer": REFERER,  # without it LeetCode answers 403
    "User-Agent": f"LeetTrack/{__version__} (+https://github.com/leettrack)",
}
MAX_RETRY_AFTER = 3600.0
CHALLENGE_PAUSE = 30.0  # seconds of quiet after a Cloudflare challenge that names no Retry-After
USER_MISSING = "That user does not exist."


class _Retryable(Exception):
    """A failure worth another attempt, after a backoff or after `wait` seconds."""

    def __init__(self, error: AppError, wait: float | None = None) -> None:
        super().__init__(error.message)
        self.error = error
        self.wait = wait


@functools.cache
def tls_context() -> ssl.SSLContext:
    """One TLS context for the process, shared by its clients: making one loads the whole CA
    bundle, which was most of an application's start-up (tens of ms, more on a busy machine)."""
    return httpx.create_ssl_context()


class GraphQLTransport:
    def __init__(
        self,
        url: str,
        *,
        timeout: float,
        throttle: Throttle,
        retries: int = 2,
        backoff: float = 0.25,
        max_connections: int = 10,
    ) -> None:
        self.url = url
        self.timeout = timeout
        self.throttle = throttle
        self.retries = retries
        self.backoff = backoff
        self.requests = 0  # HTTP requests sent upstream, retries included
        self._http = httpx.AsyncClient(
            headers=HEADERS,
            timeout=timeout,
            verify=tls_context(),
            limits=httpx.Limits(
                max_connections=max_connections, max_keepalive_connections=max_connections
            ),
        )

    async def aclose(self) -> None:
        await self._http.aclose()

    async def execute(self, operation: Operation, variables: dict[str, Any]) -> dict[str, Any]:
        """Run one operation and return its `data` object (which may hold nulls)."""
        body = json.dumps(
            {"query": operation.query, "variables": variables, "operationName": operation.name}
        ).encode()
        deadline = time.monotonic() + self.timeout * (self.retries + 1) + self._backoff_budget()
        attempt = 0
        while True:
            try:
                return await self._attempt(body, deadline)
            except _Retryable as retryable:
                error = retryable.error
                pause = self._pause(attempt) if retryable.wait is None else retryable.wait
                logger.warning(
                    "LeetCode %s failed (attempt %d): %s", operation.name, attempt + 1, error
                )
                if attempt >= self.retries or time.monotonic() + pause >= deadline:
                    raise error from retryable
                if retryable.wait is None:  # a Retry-After is waited out by the throttle
                    await asyncio.sleep(pause)
            attempt += 1

    def _pause(self, attempt: int) -> float:
        """Exponential backoff with jitter: 50-100% of base * 2**attempt, at most 4 s."""
        return self._backoff_cap(attempt) * random.uniform(0.5, 1.0)  # noqa: S311

    def _backoff_cap(self, attempt: int) -> float:
        return float(min(4.0, self.backoff * 2**attempt))

    def _backoff_budget(self) -> float:
        return sum(self._backoff_cap(attempt) for attempt in range(self.retries))

    async def _attempt(self, body: bytes, deadline: float) -> dict[str, Any]:
        async with self.throttle.slot(deadline):
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise UpstreamUnavailable("LeetCode did not answer in time")
            self.requests += 1
            try:
                response = await self._http.post(
                    self.url, content=body, timeout=min(self.timeout, remaining)
                )
            except httpx.TimeoutException as exc:
                raise _Retryable(UpstreamUnavailable("LeetCode did not answer in time")) from exc
            except httpx.HTTPError as exc:
                raise _Retryable(UpstreamUnavailable("LeetCode is unreachable")) from exc
            if response.status_code == 429 or _is_challenge(response):
                limited = response.status_code == 429
                retry_after = _retry_after(
                    response.headers.get("Retry-After"), 1.0 if limited else CHALLENGE_PAUSE
                )
                await self.throttle.block(retry_after)
                reason = "rate limiting requests" if limited else "checking for bots"
                error = UpstreamUnavailable(
                    f"LeetCode is {reason}; try again later", retry_after=retry_after
                )
                raise _Retryable(error, wait=retry_after)
            if response.status_code >= 500:
                error = UpstreamUnavailable(f"LeetCode answered HTTP {response.status_code}")
                raise _Retryable(error)
        return _graphql_data(response)


def _graphql_data(response: httpx.Response) -> dict[str, Any]:
    if response.status_code != 200:
        raise UpstreamError(
            f"LeetCode refused the request (HTTP {response.status_code})",
            details={"errors": _messages(_json_or_none(response))},
        )
    body = _json_or_none(response)
    if not isinstance(body, dict):
        raise UpstreamError("LeetCode's answer is not a GraphQL response")
    data = body.get("data")
    if not isinstance(data, dict):
        raise UpstreamError("LeetCode answered with errors", details={"errors": _messages(body)})
    failed = _failed_fields(body.get("errors"), data)
    if failed:
        raise UpstreamUnavailable(
            "LeetCode could not answer part of the request; try again later",
            details={"fields": failed, "errors": _messages(body)},
        )
    return data


def _is_challenge(response: httpx.Response) -> bool:
    """Cloudflare's bot check: 403 with `cf-mitigated: challenge` or its "Just a moment..." page."""
    if response.status_code != 403:
        return False
    if response.headers.get("cf-mitigated", "").lower() == "challenge":
        return True
    return "text/html" in response.headers.get("content-type", "") and (
        "Just a moment..." in response.text[:4096]
    )


def _failed_fields(errors: object, data: dict[str, Any]) -> list[str]:
    """The paths (`question.stats`) of the fields a partial answer lost to an error."""
    if not isinstance(errors, list):
        return []
    failed = []
    for error in errors:
        path = error.get("path") if isinstance(error, dict) else None
        if not isinstance(path, list) or not path:
            continue
        if error.get("message") == USER_MISSING and data.get("matchedUser") is None:
            continue  # the answer "no such user"
        failed.append(".".join(str(part) for part in path))
    return failed


def _json_or_none(response: httpx.Response) -> Any:
    try:
        return response.json()
    except ValueError:
        return None


def _messages(body: object) -> list[str]:
    errors = body.get("errors") if isinstance(body, dict) else None
    if not isinstance(errors, list):
        return []
    return [str(e.get("message")) for e in errors[:5] if isinstance(e, dict)]


def _retry_after(value: str | None, default: float = 1.0) -> float:
    """Retry-After in seconds or as an HTTP date; missing or odd values mean `default`."""
    if not value:
        return default
    try:
        seconds = float(value)
    except ValueError:
        try:
            seconds = parsedate_to_datetime(value).timestamp() - time.time()
        except (TypeError, ValueError):
            return default
    return min(MAX_RETRY_AFTER, max(0.0, seconds))
