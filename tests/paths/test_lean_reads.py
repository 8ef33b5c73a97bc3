"""The hot reads answered past FastAPI's request handling (`core.routes.LeanRoute`): the same
answers, byte for byte, as the API routes they stand before, and every request they find
unusual handed to those routes."""

from __future__ import annotations

from typing import Any

import pytest

from leettrack.auth.deps import get_optional_reader
from leettrack.core.routes import LeanRoute
from tests.paths.support import NEETCODE, PATHS, USER, data

PROGRESS = f"{USER}/progress"
FOLLOWED = f"{USER}/learning-paths"


def _requests(token: str, path_id: int) -> list[tuple[str, dict[str, str]]]:
    signed_in = {"Authorization": f"Bearer {token}"}
    lower = {"Authorization": f"bearer {token}"}
    return [
        (f"{PATHS}/{NEETCODE}", {}),
        (f"{PATHS}/{NEETCODE}", signed_in),
        (f"{PATHS}/{path_id}", lower),
        (f"{PATHS}/no-such-path", signed_in),  # 404
        (f"{PATHS}/Not_A_Ref", signed_in),  # 422, handed over
        (f"{PATHS}/{'a' * 81}", {}),  # 422, handed over
        (PATHS, {}),
        (PATHS, signed_in),
        (f"{PATHS}?limit=2&offset=1", {}),  # a query: handed over
        (f"{PATHS}?limit=0", {}),  # 422
        (PROGRESS, signed_in),
        (PROGRESS, {}),  # 401, handed over
        (PROGRESS, {"Authorization": "Basic dXNlcjpwdw=="}),  # 401, handed over
        (PROGRESS, {"Authorization": "Bearer not-a-token"}),  # 401, refused by the lean route
        (PROGRESS, {"Authorization": "Bearer"}),  # 401, handed over
        (FOLLOWED, signed_in),
        (FOLLOWED, {"Authorization": f"Bearer {token} extra"}),  # handed over
    ]


async def _answers(client: Any, requests: list[tuple[str, dict[str, str]]]) -> list[Any]:
    answers = []
    for url, headers in requests:
        response = await client.get(url, headers=headers)
        kept = {key: response.headers.get(key) for key in ("content-type", "content-length")}
        answers.append((url, response.status_code, kept, response.content))
    return answers


async def test_lean_routes_answer_exactly_as_the_api_routes(app, client, seeded, alice):
    headers = alice["headers"]
    data(await client.post(f"{USER}/learning-paths/{NEETCODE}/enroll", headers=headers), 201)
    for slug in ("two-sum", "3sum"):
        data(
            await client.put(f"{USER}/questions/{slug}", json={"status": "solved"}, headers=headers)
        )
    path_id = data(await client.get(f"{PATHS}/{NEETCODE}"))["id"]
    requests = _requests(alice["access_token"], path_id)

    lean = await _answers(client, requests)
    routes = app.router.routes
    assert sum(isinstance(route, LeanRoute) for route in routes) == 4
    app.router.routes = [route for route in routes if not isinstance(route, LeanRoute)]
    try:
        api = await _answers(client, requests)
    finally:
        app.router.routes = routes
    assert [answer[:2] for answer in lean] == [answer[:2] for answer in api]
    assert lean == api
    assert {status for _url, status, _headers, _body in lean} == {200, 401, 404, 422}


@pytest.mark.parametrize("url", [f"{PATHS}/{NEETCODE}", PATHS, PROGRESS, FOLLOWED])
async def test_a_plain_read_resolves_its_caller_without_fastapi(app, client, seeded, alice, url):
    """With FastAPI's resolution of the caller broken, plain reads still answer: the lean
    route resolved it; a request handed over meets the broken dependency."""

    async def broken() -> None:
        raise RuntimeError("FastAPI's handling was used")

    app.dependency_overrides[get_optional_reader] = broken
    try:
        assert (await client.get(url, headers=alice["headers"])).status_code == 200
        unusual = {"Authorization": f"Bearer {alice['access_token']} extra"}
        assert (await client.get(url, headers=unusual)).status_code == 500
    finally:
        app.dependency_overrides.clear()
