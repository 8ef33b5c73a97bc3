"""Driving the web app's forms the way a browser does: cookies kept, the CSRF token read from
the page, form-encoded POSTs, redirects inspected rather than followed."""

from __future__ import annotations

import itertools
import os
import re
from typing import Any

import httpx

from tests.helpers import PASSWORD

_TOKEN = re.compile(r'name="csrf_token" value="([^"]+)"')
_counter = itertools.count(1)


def csrf_of(html: str) -> str:
    found = _TOKEN.search(html)
    assert found, "the page has no CSRF field"
    return found.group(1)


async def submit(
    client: httpx.AsyncClient, page: str, action: str, fields: dict[str, str]
) -> httpx.Response:
    """Open `page`, then POST `fields` to `action` with the page's CSRF token."""
    opened = await client.get(page)
    assert opened.status_code == 200, opened.text
    return await client.post(action, data={"csrf_token": csrf_of(opened.text), **fields})


async def sign_up(
    client: httpx.AsyncClient, username: str | None = None, password: str = PASSWORD
) -> str:
    username = username or f"learner{next(_counter)}_{os.getpid()}"
    response = await submit(
        client,
        "/signup",
        "/signup",
        {"username": username, "email": f"{username}@example.com", "password": password},
    )
    assert response.status_code == 303, response.text
    return username


async def sign_in(client: httpx.AsyncClient, identifier: str, password: str = PASSWORD) -> None:
    response = await submit(
        client, "/signin", "/signin", {"identifier": identifier, "password": password}
    )
    assert response.status_code == 303, response.text


def field_errors(html: str) -> list[str]:
    return re.findall(r'class="field-error"[^>]*>([^<]+)<', html)


def page_error(html: str) -> str | None:
    found = re.search(r'id="form-error">\s*<p>([^<]+)</p>', html)
    return found.group(1) if found else None


async def user_id(app: Any, username: str) -> int:
    from sqlalchemy import select

    from leettrack.auth.models import User

    async with app.state.db.sessionmaker() as session:
        found = await session.scalar(select(User.id).where(User.username == username))
    assert found is not None
    return found
