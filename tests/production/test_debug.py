"""/api/v1/debug: development only, administrators only."""

from __future__ import annotations

import pytest

from tests.helpers import make_admin, register
from tests.production.conftest import client_for

ROUTES = ("/api/v1/debug/db-status", "/api/v1/debug/models", "/api/v1/debug/cache-stats")


async def test_administrators_see_the_debug_routes_in_development(make_app):
    app = await make_app(app_env="development")
    async with client_for(app) as http:
        admin = await register(http)
        await make_admin(app, admin["user"]["id"])
        db = (await http.get(ROUTES[0], headers=admin["headers"])).json()["data"]
        models = (await http.get(ROUTES[1], headers=admin["headers"])).json()["data"]
        caches = (await http.get(ROUTES[2], headers=admin["headers"])).json()["data"]
    assert db["status"] == "ok"
    assert db["dialect"] in ("sqlite", "postgresql")
    assert db["revision"]
    users = next(model for model in models if model["table"] == "users")
    assert users["model"] == "User"
    assert users["rows"] == 1
    assert {
        "name": "email",
        "type": "VARCHAR(254)",
        "nullable": False,
        "primary_key": False,
    } in users["columns"]
    assert {model["table"] for model in models} >= {"questions", "review_cards", "exercises"}
    assert caches["leetcode"]["backend"] == "memory"
    assert caches["rate_limit"] == {"enabled": True, "backend": "memory"}


@pytest.mark.parametrize("path", ROUTES)
async def test_debug_routes_need_an_administrator(make_app, path):
    app = await make_app(app_env="development")
    async with client_for(app) as http:
        user = await register(http)
        assert (await http.get(path)).status_code == 401
        forbidden = await http.get(path, headers=user["headers"])
    assert forbidden.status_code == 403
    assert forbidden.json()["error"]["code"] == "FORBIDDEN"


@pytest.mark.parametrize("environment", ["testing", "production"])
async def test_debug_routes_do_not_exist_outside_development(make_app, environment):
    app = await make_app(app_env=environment)
    async with client_for(app) as http:
        admin = await register(http)
        await make_admin(app, admin["user"]["id"])
        for path in ROUTES:
            response = await http.get(path, headers=admin["headers"])
            assert response.status_code == 404
            assert response.json()["error"]["code"] == "NOT_FOUND"
        paths = (await http.get("/openapi.json")).json()["paths"]
    assert not any(path.startswith("/api/v1/debug") for path in paths)
