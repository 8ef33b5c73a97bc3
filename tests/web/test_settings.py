"""Settings, password, export and account deletion through the pages."""

from __future__ import annotations

import json

import httpx

from tests.helpers import PASSWORD
from tests.web.support import csrf_of, field_errors, page_error, sign_in, sign_up, submit


async def test_settings_are_saved_and_refused_values_keep_the_input(
    client: httpx.AsyncClient,
) -> None:
    await sign_up(client)
    saved = await submit(
        client,
        "/settings",
        "/settings",
        {
            "email": "new@example.com",
            "leetcode_username": "ada_lc",
            "timezone": "Europe/Paris",
            "desired_retention": "0.85",
            "maximum_interval_days": "180",
        },
    )
    assert saved.status_code == 303
    page = (await client.get("/settings")).text
    for value in ("new@example.com", "ada_lc", "Europe/Paris", "0.85", "180"):
        assert f'value="{value}"' in page
    refused = await submit(
        client,
        "/settings",
        "/settings",
        {"timezone": "Mars/Olympus", "desired_retention": "0.5", "maximum_interval_days": "9"},
    )
    assert refused.status_code == 422
    errors = field_errors(refused.text)
    assert any("unknown IANA timezone" in error for error in errors)
    assert any("greater than or equal to 0.7" in error for error in errors)
    assert 'value="Mars/Olympus"' in refused.text and 'value="0.5"' in refused.text
    me = (await client.get("/settings")).text
    assert 'value="Europe/Paris"' in me  # nothing of the refused form was saved


async def test_an_email_taken_by_another_account_is_refused_with_the_api_message(
    app: object, client: httpx.AsyncClient
) -> None:
    transport = httpx.ASGITransport(app=app)  # type: ignore[arg-type]
    async with httpx.AsyncClient(transport=transport, base_url="http://test") as other:
        taken = await sign_up(other)
    await sign_up(client)
    refused = await submit(
        client,
        "/settings",
        "/settings",
        {
            "email": f"{taken}@example.com",
            "timezone": "UTC",
            "desired_retention": "0.9",
            "maximum_interval_days": "36500",
        },
    )
    assert refused.status_code == 409
    assert page_error(refused.text) == "That email is already registered"


async def test_changing_the_password_signs_out_other_sessions_only(
    app: object, client: httpx.AsyncClient
) -> None:
    username = await sign_up(client)
    transport = httpx.ASGITransport(app=app)  # type: ignore[arg-type]
    async with httpx.AsyncClient(transport=transport, base_url="http://test") as laptop:
        await sign_in(laptop, username)
        assert (await laptop.get("/")).status_code == 200
        differ = await submit(
            client,
            "/settings",
            "/settings/password",
            {
                "current_password": PASSWORD,
                "new_password": "n3w pass word",
                "confirm_password": "x",
            },
        )
        assert differ.status_code == 422
        assert "The two new passwords differ" in field_errors(differ.text)
        wrong = await submit(
            client,
            "/settings",
            "/settings/password",
            {
                "current_password": "not it",
                "new_password": "n3w pass word",
                "confirm_password": "n3w pass word",
            },
        )
        assert page_error(wrong.text) == "Current password is incorrect"
        changed = await submit(
            client,
            "/settings",
            "/settings/password",
            {
                "current_password": PASSWORD,
                "new_password": "n3w pass word",
                "confirm_password": "n3w pass word",
            },
        )
        assert changed.status_code == 303
        assert (await client.get("/")).status_code == 200
        assert (await laptop.get("/")).status_code == 303  # revoked at once
    async with httpx.AsyncClient(transport=transport, base_url="http://test") as again:
        await sign_in(again, username, "n3w pass word")


async def test_export_holds_profile_progress_notes_reviews_and_paths(
    client: httpx.AsyncClient, seeded: dict[str, int]
) -> None:
    username = await sign_up(client)
    token = csrf_of((await client.get("/paths/neetcode-150")).text)
    await client.post("/paths/neetcode-150/enrol", data={"csrf_token": token})
    await client.post("/problems/two-sum/status", data={"csrf_token": token, "status": "solved"})
    await client.post("/problems/two-sum/notes", data={"csrf_token": token, "notes": "complements"})
    await client.post("/reviews/two-sum/rate", data={"csrf_token": token, "rating": "good"})
    await submit(client, "/paths/new", "/paths/new", {"name": "Mine"})
    await submit(client, "/paths/mine/edit", "/paths/mine/questions", {"slug": "valid-anagram"})
    response = await client.get("/settings/export")
    assert response.status_code == 200
    assert response.headers["content-disposition"].startswith(
        f'attachment; filename="leettrack-{username}-'
    )
    document = json.loads(response.text)
    assert document["profile"]["username"] == username
    assert "password_hash" not in response.text and "token" not in response.text
    [question] = document["questions"]
    assert question["slug"] == "two-sum" and question["status"] == "solved"
    assert question["notes"] == "complements"
    [card] = document["reviews"]
    assert card["slug"] == "two-sum" and [log["rating"] for log in card["logs"]] == [3]
    assert [e["path"] for e in document["enrolments"]] == ["neetcode-150"]
    [path] = document["paths"]
    assert path["slug"] == "mine" and [q["slug"] for q in path["questions"]] == ["valid-anagram"]
    assert [a["kind"] for a in document["activity"]] == ["solved"]


async def test_deleting_the_account_needs_the_password_and_ends_everything(
    client: httpx.AsyncClient,
) -> None:
    username = await sign_up(client)
    old_cookie = client.cookies["lt_session"]
    wrong = await submit(client, "/settings", "/settings/delete", {"password": "nope"})
    assert wrong.status_code == 401
    assert page_error(wrong.text) == "Password is incorrect"
    deleted = await submit(client, "/settings", "/settings/delete", {"password": PASSWORD})
    assert deleted.status_code == 303 and deleted.headers["location"] == "/signup"
    client.cookies.set("lt_session", old_cookie)
    assert (await client.get("/")).status_code == 303
    token = csrf_of((await client.get("/signin")).text)
    again = await client.post(
        "/signin", data={"csrf_token": token, "identifier": username, "password": PASSWORD}
    )
    assert again.status_code == 401
