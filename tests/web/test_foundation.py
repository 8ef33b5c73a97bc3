"""The web app's floor: assets, security headers, sessions, CSRF and error pages."""

from __future__ import annotations

import importlib
import pkgutil
import re

import httpx
from fastapi.routing import APIRoute

from leettrack.web import routes
from tests.web.support import csrf_of, sign_up, submit


async def test_signed_out_visit_redirects_to_sign_in_with_the_way_back(
    client: httpx.AsyncClient,
) -> None:
    response = await client.get("/?x=1")
    assert response.status_code == 303
    assert response.headers["location"] == "/signin?next=%2F%3Fx%3D1"


async def test_pages_have_a_strict_policy_and_no_inline_code(client: httpx.AsyncClient) -> None:
    response = await client.get("/signin")
    assert response.status_code == 200
    csp = response.headers["content-security-policy"]
    assert "script-src 'self';" in csp and "style-src 'self';" in csp
    assert "unsafe-inline" not in csp and "unsafe-eval" not in csp
    assert "form-action 'self'" in csp
    html = response.text
    assert not re.search(r"<script(?![^>]*\bsrc=)", html), "inline script"
    assert " style=" not in html and "<style" not in html
    assert response.headers["cache-control"] == "no-store"


async def test_assets_have_hashed_names_and_are_immutable(client: httpx.AsyncClient) -> None:
    html = (await client.get("/signin")).text
    urls = re.findall(r'(?:href|src)="(/static/[^"]+)"', html)
    assert any(re.fullmatch(r"/static/app\.[0-9a-f]{10}\.css", url) for url in urls)
    assert any(re.fullmatch(r"/static/app\.[0-9a-f]{10}\.js", url) for url in urls)
    for url in urls:
        response = await client.get(url)
        assert response.status_code == 200
        assert response.headers["cache-control"] == "public, max-age=31536000, immutable"
    assert (await client.get("/static/app.css")).status_code == 404  # only hashed names


async def test_sign_up_sets_an_http_only_lax_session_cookie(client: httpx.AsyncClient) -> None:
    opened = await client.get("/signup")
    response = await client.post(
        "/signup",
        data={
            "csrf_token": csrf_of(opened.text),
            "username": "ada_l",
            "email": "ada@example.com",
            "password": "correct horse battery",
        },
    )
    assert response.status_code == 303 and response.headers["location"] == "/"
    cookie = next(
        value
        for value in response.headers.get_list("set-cookie")
        if value.startswith("lt_session=")
    )
    assert "HttpOnly" in cookie and "SameSite=lax" in cookie
    assert "Secure" not in cookie  # plain http on loopback
    today = await client.get("/")
    assert today.status_code == 200
    assert "Welcome to LeetTrack, ada_l!" in today.text
    for label in ("Today", "Paths", "Reviews", "Exercises", "Progress", "Settings"):
        assert f">{label}</a>" in today.text
    assert ">Sign out</button>" in today.text


async def test_cookies_are_secure_over_https(app: object) -> None:
    transport = httpx.ASGITransport(app=app)  # type: ignore[arg-type]
    async with httpx.AsyncClient(transport=transport, base_url="https://test") as client:
        opened = await client.get("/signup")
        assert "Secure" in opened.headers["set-cookie"]
        response = await client.post(
            "/signup",
            data={
                "csrf_token": csrf_of(opened.text),
                "username": "grace",
                "email": "grace@example.com",
                "password": "correct horse battery",
            },
        )
        cookies = response.headers.get_list("set-cookie")
        assert all("Secure" in cookie for cookie in cookies)


async def test_a_post_without_the_token_or_from_another_site_is_refused(
    client: httpx.AsyncClient,
) -> None:
    await sign_up(client)
    no_token = await client.post("/signout", data={})
    assert no_token.status_code == 403
    assert "did not come from this site" in no_token.text
    page = await client.get("/")
    token = csrf_of(page.text)
    forged = await client.post("/signout", data={"csrf_token": "0" * 64})
    assert forged.status_code == 403
    cross_site = await client.post(
        "/signout", data={"csrf_token": token}, headers={"Origin": "https://evil.example"}
    )
    assert cross_site.status_code == 403
    assert (await client.get("/")).status_code == 200  # still signed in
    header = await client.post(
        "/signout", headers={"X-CSRF-Token": token, "Origin": "null"}
    )  # a browser's same-origin POST under Referrer-Policy: no-referrer
    assert header.status_code == 303


async def test_sign_out_revokes_the_session_and_the_old_cookie_is_refused(
    client: httpx.AsyncClient,
) -> None:
    await sign_up(client)
    old_cookie = client.cookies["lt_session"]
    response = await submit(client, "/", "/signout", {})
    assert response.status_code == 303 and response.headers["location"] == "/signin"
    assert "lt_session" not in client.cookies
    client.cookies.set("lt_session", old_cookie)
    replay = await client.get("/")
    assert replay.status_code == 303 and replay.headers["location"].startswith("/signin")
    dropped = replay.headers["set-cookie"]  # the dead cookie is dropped
    assert dropped.startswith("lt_session=") and "Max-Age=0" in dropped


async def test_unknown_pages_are_html_for_browsers_and_json_for_clients(
    client: httpx.AsyncClient,
) -> None:
    browser = await client.get("/no-such-page", headers={"Accept": "text/html"})
    assert browser.status_code == 404 and "Page not found" in browser.text
    api = await client.get("/no-such-page")
    assert api.json()["error"]["code"] == "NOT_FOUND"


async def test_docs_are_served_without_a_cdn(client: httpx.AsyncClient) -> None:
    for page in ("/docs", "/redoc"):
        response = await client.get(page)
        assert response.status_code == 200
        assert "cdn." not in response.text and "fonts.googleapis" not in response.text
        csp = response.headers["content-security-policy"]
        assert "https:" not in csp
        for url in re.findall(r'(?:href|src)="(/docs/assets/[^"]+)"', response.text):
            asset = await client.get(url)
            assert asset.status_code == 200 and len(asset.content) > 1000


async def test_every_state_changing_page_route_refuses_a_request_without_the_token(
    client: httpx.AsyncClient,
) -> None:
    await sign_up(client)
    modules = [
        importlib.import_module(f"leettrack.web.routes.{info.name}")
        for info in pkgutil.iter_modules(routes.__path__)
    ]
    changing = [
        (method, route.path)
        for module in modules
        for route in module.router.routes
        if isinstance(route, APIRoute)
        for method in route.methods - {"GET", "HEAD", "OPTIONS"}
    ]
    assert len(changing) >= 15
    for method, path in changing:
        url = re.sub(r"\{[^}]+\}", "x", path)
        response = await client.request(method, url, data={"status": "solved"})
        assert response.status_code == 403, (method, path, response.status_code)
        assert "did not come from this site" in response.text
