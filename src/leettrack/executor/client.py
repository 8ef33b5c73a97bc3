"""HTTP client of `leettrack executor` (EXECUTOR_SERVICE_URL), used by the API.

Every request carries EXECUTOR_SECRET as a bearer token, and a run names the user it is for
(``X-Executor-User``), whose fair share the service enforces. Failures become the API's own
errors: an executor that cannot be reached or does not answer in EXECUTOR_TIMEOUT milliseconds
is 503 EXECUTOR_UNAVAILABLE; the service's 413, 422, 429 and 503 answers pass through unchanged
(with their Retry-After); anything else (a 401 for a wrong secret too) is 502 UPSTREAM_ERROR.
"""

from __future__ import annotations

from typing import Any

import httpx

from leettrack.core.errors import AppError, ExecutorUnavailable, UpstreamError

RETRY_AFTER_SECONDS = 5
PASSED_THROUGH = frozenset({413, 422, 429, 503})
USER_HEADER = "X-Executor-User"


class ExecutorClient:
    def __init__(self, base_url: str, timeout_ms: int, *, secret: str | None = None) -> None:
        self.base_url = base_url.rstrip("/")
        self.timeout_ms = timeout_ms
        self._http = httpx.AsyncClient(
            base_url=self.base_url,
            timeout=httpx.Timeout(timeout_ms / 1000),
            limits=httpx.Limits(max_connections=100, max_keepalive_connections=20),
            headers={} if secret is None else {"Authorization": f"Bearer {secret}"},
        )

    async def execute(self, payload: dict[str, Any], *, user: str | None = None) -> dict[str, Any]:
        """POST /execute for ``user``; the `data` of the service's envelope."""
        headers = {} if user is None else {USER_HEADER: user}
        return await self._call("POST", "/execute", json=payload, headers=headers)

    async def health(self) -> dict[str, Any]:
        """GET /health; the `data` of the service's envelope."""
        return await self._call("GET", "/health")

    async def aclose(self) -> None:
        await self._http.aclose()

    async def _call(self, method: str, path: str, **kwargs: Any) -> dict[str, Any]:
        try:
            response = await self._http.request(method, path, **kwargs)
        except httpx.TimeoutException as exc:
            raise ExecutorUnavailable(
                f"The executor service did not answer within {self.timeout_ms} ms",
                retry_after=RETRY_AFTER_SECONDS,
            ) from exc
        except httpx.TransportError as exc:
            raise ExecutorUnavailable(
                "The executor service is unreachable; try again shortly",
                retry_after=RETRY_AFTER_SECONDS,
            ) from exc
        body = _json_object(response)
        if (
            response.is_success
            and body.get("success") is True
            and isinstance(body.get("data"), dict)
        ):
            data: dict[str, Any] = body["data"]
            return data
        error = body.get("error")
        if response.status_code in PASSED_THROUGH and isinstance(error, dict):
            raise _passed_through(response, error)
        raise UpstreamError(f"The executor service failed (HTTP {response.status_code})")


def _json_object(response: httpx.Response) -> dict[str, Any]:
    try:
        body = response.json()
    except ValueError:
        body = None
    return body if isinstance(body, dict) else {}


def _passed_through(response: httpx.Response, error: dict[str, Any]) -> AppError:
    headers = {}
    if retry_after := response.headers.get("retry-after"):
        headers["Retry-After"] = retry_after
    if response.status_code == 503:
        code, fallback = "EXECUTOR_UNAVAILABLE", "The executor service is unavailable"
    else:
        code, fallback = str(error.get("code") or "BAD_REQUEST"), "Rejected by the executor"
    details = error.get("details")
    return AppError(
        str(error.get("message") or fallback),
        status_code=response.status_code,
        code=code,
        details=details if isinstance(details, dict) else None,
        headers=headers or None,
    )
