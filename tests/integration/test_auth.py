"""Accounts: registration, login, rotation with reuse detection, logout, profile, passwords."""

from __future__ import annotations

import statistics
import time
from datetime import UTC, datetime, timedelta

import jwt
import pytest
from sqlalchemy import select

from leettrack.auth.models import RefreshToken, User
from tests.helpers import PASSWORD, TEST_JWT_SECRET, register

pytestmark = pytest.mark.asyncio


async def test_register_returns_user_and_tokens(client):
    response = await client.post(
        "/api/v1/auth/register",
        json={
            "username": "Ada_L",
            "email": "Ada@Example.com",
            "password": PASSWORD,
            "leetcode_username": "ada-lc",
        },
    )
    assert response.status_code == 201
    body = response.json()
    assert body["success"] is True
    data = body["data"]
    assert data["token_type"] == "bearer"
    assert data["expires_in"] == 900
    assert data["user"]["username"] == "Ada_L"
    assert data["user"]["email"] == "ada@example.com"
    assert data["user"]["leetcode_username"] == "ada-lc"
    assert "password_hash" not in data["user"]
    assert data["access_token"] and data["refresh_token"]


@pytest.mark.parametrize(
    ("payload", "field"),
    [
        ({"username": "ab"}, "username"),
        ({"username": "a" * 33}, "username"),
        ({"username": "bad name!"}, "username"),
        ({"email": "not-an-email"}, "email"),
        ({"password": "short"}, "password"),
        ({"password": "x" * 73}, "password"),
        ({"password": "é" * 37}, "password"),  # 74 bytes in UTF-8: rejected, not truncated
        ({"leetcode_username": "no spaces"}, "leetcode_username"),
    ],
)
async def test_register_validation(client, payload, field):
    body = {"username": "valid_user", "email": "v@example.com", "password": PASSWORD} | payload
    response = await client.post("/api/v1/auth/register", json=body)
    assert response.status_code == 422
    error = response.json()["error"]
    assert error["code"] == "VALIDATION_ERROR"
    assert field in [item["field"] for item in error["details"]["fields"]]


async def test_password_of_exactly_72_bytes_is_accepted(client):
    await register(client, "seventy_two", password="é" * 36)
    login = await client.post(
        "/api/v1/auth/login", json={"username": "seventy_two", "password": "é" * 36}
    )
    assert login.status_code == 200


@pytest.mark.parametrize(
    "duplicate",
    [
        {"username": "ADA", "email": "other@example.com"},
        {"username": "other", "email": "ADA@EXAMPLE.COM"},
    ],
)
async def test_duplicate_username_or_email_conflicts_case_insensitively(client, duplicate):
    await register(client, "ada")
    response = await client.post("/api/v1/auth/register", json=duplicate | {"password": PASSWORD})
    assert response.status_code == 409
    assert response.json()["error"]["code"] == "CONFLICT"


async def test_login_by_username_or_email(client):
    await register(client, "grace")
    by_name = await client.post(
        "/api/v1/auth/login", json={"username": "GRACE", "password": PASSWORD}
    )
    by_email = await client.post(
        "/api/v1/auth/login", json={"email": "grace@example.com", "password": PASSWORD}
    )
    assert by_name.status_code == by_email.status_code == 200
    assert by_name.json()["data"]["user"]["username"] == "grace"


async def test_login_requires_an_identifier(client):
    response = await client.post("/api/v1/auth/login", json={"password": PASSWORD})
    assert response.status_code == 422


async def test_unknown_user_and_wrong_password_look_the_same(client):
    await register(client, "alan")
    wrong = await client.post("/api/v1/auth/login", json={"username": "alan", "password": "nope"})
    unknown = await client.post(
        "/api/v1/auth/login", json={"username": "nobody", "password": "nope"}
    )
    assert wrong.status_code == unknown.status_code == 401
    assert wrong.json()["error"] == unknown.json()["error"]


async def test_unknown_user_takes_comparable_time(app, client, settings):
    settings.bcrypt_rounds = 9  # slow enough that hashing dominates the timing
    await register(client, "timed")

    async def timed_login(username: str) -> float:
        started = time.perf_counter()
        response = await client.post(
            "/api/v1/auth/login", json={"username": username, "password": "wrong-password"}
        )
        assert response.status_code == 401
        return time.perf_counter() - started

    known = statistics.median([await timed_login("timed") for _ in range(5)])
    unknown = statistics.median([await timed_login("ghost") for _ in range(5)])
    assert unknown > known / 3, (known, unknown)


async def test_inactive_user_cannot_log_in(client, db_session):
    user = await register(client, "sleeper")
    account = await db_session.get(User, user["user"]["id"])
    account.is_active = False
    await db_session.commit()
    login = await client.post(
        "/api/v1/auth/login", json={"username": "sleeper", "password": PASSWORD}
    )
    assert login.status_code == 403
    me = await client.get("/api/v1/auth/me", headers=user["headers"])
    assert me.status_code == 401


async def test_refresh_rotates_and_reuse_revokes_the_family(client):
    user = await register(client, "rotator")
    first = user["refresh_token"]
    rotated = await client.post("/api/v1/auth/refresh", json={"refresh_token": first})
    assert rotated.status_code == 200
    second = rotated.json()["data"]["refresh_token"]
    assert second != first
    new_access = {"Authorization": f"Bearer {rotated.json()['data']['access_token']}"}
    assert (await client.get("/api/v1/auth/me", headers=new_access)).status_code == 200

    reused = await client.post("/api/v1/auth/refresh", json={"refresh_token": first})
    assert reused.status_code == 401
    assert "reuse" in reused.json()["error"]["message"]
    # theft detection: the whole family is dead, including the newest token and its access token
    after = await client.post("/api/v1/auth/refresh", json={"refresh_token": second})
    assert after.status_code == 401
    assert (await client.get("/api/v1/auth/me", headers=new_access)).status_code == 401


async def test_unknown_refresh_token_is_rejected(client):
    response = await client.post("/api/v1/auth/refresh", json={"refresh_token": "made-up"})
    assert response.status_code == 401
    assert response.json()["error"]["code"] == "UNAUTHORIZED"


async def test_expired_refresh_token(client, db_session):
    user = await register(client, "expiring")
    stored = (await db_session.execute(select(RefreshToken))).scalars().one()
    stored.expires_at = datetime.now(UTC) - timedelta(seconds=1)
    await db_session.commit()
    response = await client.post(
        "/api/v1/auth/refresh", json={"refresh_token": user["refresh_token"]}
    )
    assert response.status_code == 401
    assert response.json()["error"]["code"] == "TOKEN_EXPIRED"


async def test_refresh_tokens_are_stored_hashed(client, db_session):
    user = await register(client, "hashed")
    hashes = (await db_session.execute(select(RefreshToken.token_hash))).scalars().all()
    assert hashes and user["refresh_token"] not in hashes
    assert all(len(value) == 64 for value in hashes)


async def test_logout_revokes_access_and_refresh(client):
    user = await register(client, "leaver")
    logout = await client.post(
        "/api/v1/auth/logout",
        headers=user["headers"],
        json={"refresh_token": user["refresh_token"]},
    )
    assert logout.status_code == 200
    assert (await client.get("/api/v1/auth/me", headers=user["headers"])).status_code == 401
    refresh = await client.post(
        "/api/v1/auth/refresh", json={"refresh_token": user["refresh_token"]}
    )
    assert refresh.status_code == 401


async def test_logout_without_body_ends_only_that_session(client):
    user = await register(client, "twodevices")
    other = await client.post(
        "/api/v1/auth/login", json={"username": "twodevices", "password": PASSWORD}
    )
    other_headers = {"Authorization": f"Bearer {other.json()['data']['access_token']}"}
    assert (await client.post("/api/v1/auth/logout", headers=user["headers"])).status_code == 200
    assert (await client.get("/api/v1/auth/me", headers=user["headers"])).status_code == 401
    assert (await client.get("/api/v1/auth/me", headers=other_headers)).status_code == 200


async def test_me_and_patch_me(client):
    user = await register(client, "patcher")
    me = await client.get("/api/v1/auth/me", headers=user["headers"])
    assert me.json()["data"]["timezone"] == "UTC"
    patched = await client.patch(
        "/api/v1/auth/me",
        headers=user["headers"],
        json={
            "timezone": "Europe/Paris",
            "leetcode_username": "patch-lc",
            "email": "New@Example.com",
            "desired_retention": 0.85,
            "maximum_interval_days": 180,
        },
    )
    assert patched.status_code == 200
    data = patched.json()["data"]
    assert (data["timezone"], data["leetcode_username"], data["email"]) == (
        "Europe/Paris",
        "patch-lc",
        "new@example.com",
    )
    assert (data["desired_retention"], data["maximum_interval_days"]) == (0.85, 180)
    cleared = await client.patch(
        "/api/v1/auth/me", headers=user["headers"], json={"leetcode_username": None}
    )
    assert cleared.json()["data"]["leetcode_username"] is None


@pytest.mark.parametrize(
    "payload",
    [
        {"timezone": "Mars/Olympus"},
        {"desired_retention": 0.5},
        {"desired_retention": 0.99},
        {"maximum_interval_days": 0},
        {"email": "nope"},
        {"is_admin": True},
    ],
)
async def test_patch_me_validation(client, payload):
    user = await register(client)
    response = await client.patch("/api/v1/auth/me", headers=user["headers"], json=payload)
    assert response.status_code == 422


async def test_patch_me_email_taken(client):
    await register(client, "first")
    second = await register(client, "second")
    response = await client.patch(
        "/api/v1/auth/me", headers=second["headers"], json={"email": "FIRST@example.com"}
    )
    assert response.status_code == 409


async def test_change_password_revokes_other_sessions(client):
    user = await register(client, "changer")
    other = await client.post(
        "/api/v1/auth/login", json={"username": "changer", "password": PASSWORD}
    )
    other_data = other.json()["data"]
    wrong = await client.post(
        "/api/v1/auth/change-password",
        headers=user["headers"],
        json={"current_password": "not-it", "new_password": "a brand new secret"},
    )
    assert wrong.status_code == 401
    changed = await client.post(
        "/api/v1/auth/change-password",
        headers=user["headers"],
        json={"current_password": PASSWORD, "new_password": "a brand new secret"},
    )
    assert changed.status_code == 200
    assert (await client.get("/api/v1/auth/me", headers=user["headers"])).status_code == 200
    other_headers = {"Authorization": f"Bearer {other_data['access_token']}"}
    assert (await client.get("/api/v1/auth/me", headers=other_headers)).status_code == 401
    refresh = await client.post(
        "/api/v1/auth/refresh", json={"refresh_token": other_data["refresh_token"]}
    )
    assert refresh.status_code == 401
    old = await client.post(
        "/api/v1/auth/login", json={"username": "changer", "password": PASSWORD}
    )
    assert old.status_code == 401
    new = await client.post(
        "/api/v1/auth/login", json={"username": "changer", "password": "a brand new secret"}
    )
    assert new.status_code == 200


def _token(claims: dict, secret: str = TEST_JWT_SECRET, algorithm: str = "HS256") -> str:
    return jwt.encode(claims, secret, algorithm=algorithm)


async def test_token_failure_modes(client):
    user = await register(client, "tokens")
    valid = jwt.decode(user["access_token"], TEST_JWT_SECRET, algorithms=["HS256"])
    now = datetime.now(UTC)
    unsigned = jwt.encode(valid, None, algorithm="none")  # type: ignore[arg-type]
    cases = {
        "missing": ({}, "UNAUTHORIZED"),
        "malformed header": ({"Authorization": "Token abc"}, "UNAUTHORIZED"),
        "not a jwt": ({"Authorization": "Bearer not.a.jwt"}, "UNAUTHORIZED"),
        "wrong signature": (
            {"Authorization": f"Bearer {_token(valid, 'another-secret-0123456789abcdef0123')}"},
            "UNAUTHORIZED",
        ),
        "alg none": ({"Authorization": f"Bearer {unsigned}"}, "UNAUTHORIZED"),
        "expired": (
            {
                "Authorization": "Bearer "
                + _token(valid | {"exp": int((now - timedelta(minutes=1)).timestamp())})
            },
            "TOKEN_EXPIRED",
        ),
        "unknown session": (
            {"Authorization": f"Bearer {_token(valid | {'sid': 'no-such-session'})}"},
            "UNAUTHORIZED",
        ),
        "not an access token": (
            {"Authorization": f"Bearer {_token(valid | {'type': 'refresh'})}"},
            "UNAUTHORIZED",
        ),
    }
    for name, (headers, code) in cases.items():
        response = await client.get("/api/v1/auth/me", headers=headers)
        assert response.status_code == 401, name
        assert response.json()["error"]["code"] == code, name


async def test_python_portal_auth_paths_are_served(client):
    response = await client.post(
        "/api/auth/register",
        json={"username": "portal", "email": "portal@example.com", "password": PASSWORD},
    )
    assert response.status_code == 201
    login = await client.post("/api/auth/login", json={"username": "portal", "password": PASSWORD})
    assert login.status_code == 200


@pytest.mark.parametrize(
    "payload",
    [
        {"maximum_interval_days": True},
        {"maximum_interval_days": "30"},
        {"desired_retention": "0.9"},
        {"desired_retention": False},
    ],
)
async def test_patch_me_refuses_values_of_the_wrong_json_type(client, payload):
    user = await register(client)
    response = await client.patch("/api/v1/auth/me", headers=user["headers"], json=payload)
    assert response.status_code == 422
