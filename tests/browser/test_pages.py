"""Every page of the web app, for a learner with some history: axe-core finds no serious or
critical violation, nothing overflows a 375 px wide screen, and the first load of each page
(document and assets, compressed, with an empty cache) stays under 150 KB."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

import httpx
import pytest
from playwright.sync_api import Browser, BrowserContext, Page, expect

from tests.browser.support import (
    PAGE_BUDGET_BYTES,
    Learner,
    first_load_bytes,
    results_region,
    serious_violations,
    sign_up,
)
from tests.helpers import leettrack, server_env

PHONE = {"width": 375, "height": 812}
SIGNED_OUT_PAGES = ["/signin", "/signup"]
LEARNER_PAGES = [
    "/",
    "/paths",
    "/paths/neetcode-150",
    "/paths/new",
    "/reviews",
    "/reviews/two-sum",
    "/exercises",
    "/exercises/hello-world",
    "/progress",
    "/leetcode",
    "/settings",
    "/no-such-page",
]
ADMIN_PAGES = ["/admin/paths"]


@dataclass
class Visitor:
    context: BrowserContext
    page: Page
    learner: Learner


def give_history(base_url: str, learner: Learner) -> None:
    """Some progress through the JSON API, the same services the pages read: an enrolment, two
    solved problems, one of them rated."""
    with httpx.Client(base_url=f"{base_url}/api/v1", timeout=10) as api:
        login = api.post(
            "/auth/login", json={"username": learner.username, "password": learner.password}
        )
        login.raise_for_status()
        api.headers["Authorization"] = f"Bearer {login.json()['data']['access_token']}"
        api.post("/user/learning-paths/neetcode-150/enroll").raise_for_status()
        for slug in ("two-sum", "contains-duplicate"):
            api.put(f"/user/questions/{slug}", json={"status": "solved"}).raise_for_status()
        api.post("/user/reviews/two-sum", json={"rating": "good"}).raise_for_status()


@pytest.fixture(scope="module")
def admin(browser: Browser, app_server, browser_databases) -> Iterator[Visitor]:
    """An administrator with history, on a phone-sized screen."""
    context = browser.new_context(base_url=app_server.base_url, viewport=PHONE)
    page = context.new_page()
    learner = sign_up(page, app_server.base_url)
    leettrack("admin", "promote", learner.username, env=server_env(browser_databases[0]))
    give_history(app_server.base_url, learner)
    yield Visitor(context, page, learner)
    context.close()


def check_page(page: Page, path: str) -> list[str]:
    """What is wrong with `path`: axe's serious findings and any horizontal overflow."""
    response = page.goto(path)
    assert response is not None
    expected = 404 if path == "/no-such-page" else 200
    problems = [] if response.status == expected else [f"status {response.status}"]
    problems += serious_violations(page)
    overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
    if overflow > 0:
        problems.append(f"{overflow} px wider than a {PHONE['width']} px screen")
    return problems


def test_signed_out_pages_pass_axe(browser: Browser, app_server) -> None:
    context = browser.new_context(base_url=app_server.base_url, viewport=PHONE)
    try:
        page = context.new_page()
        found = {path: check_page(page, path) for path in SIGNED_OUT_PAGES}
    finally:
        context.close()
    assert not any(found.values()), found


def test_every_signed_in_page_passes_axe(admin: Visitor) -> None:
    found = {path: check_page(admin.page, path) for path in LEARNER_PAGES + ADMIN_PAGES}
    assert not any(found.values()), found


def test_exercise_results_and_open_hints_pass_axe(admin: Visitor) -> None:
    page = admin.page
    page.goto("/exercises/hello-world")
    page.get_by_label("Code", exact=True).fill('print("Hello")')
    page.get_by_role("button", name="Test").click()
    expect(results_region(page).locator("li.test").first).to_be_visible()
    page.get_by_text("Show hint 1 of").click()
    page.get_by_text("Show hint 2 of").click()
    page.locator("#submissions details summary").first.click()
    assert serious_violations(page) == []


def test_hints_are_revealed_one_at_a_time(admin: Visitor) -> None:
    page = admin.page
    page.goto("/exercises/hello-world")
    hints = page.get_by_role("region", name="Hints")
    first, second = hints.get_by_text("Show hint 1 of"), hints.get_by_text("Show hint 2 of")
    expect(first).to_be_visible()
    expect(second).to_be_hidden()
    first.click()
    expect(second).to_be_visible()


def test_first_load_of_every_page_is_under_budget(admin: Visitor, browser: Browser, app_server):
    cookies = admin.context.cookies()
    sizes = {
        path: first_load_bytes(browser, app_server.base_url, path, cookies)
        for path in LEARNER_PAGES + ADMIN_PAGES
    }
    sizes |= {
        f"{path} (signed out)": first_load_bytes(browser, app_server.base_url, path, [])
        for path in SIGNED_OUT_PAGES
    }
    assert all(size > 1000 for size in sizes.values()), sizes
    over = {path: size for path, size in sizes.items() if size >= PAGE_BUDGET_BYTES}
    assert not over, f"over {PAGE_BUDGET_BYTES} bytes: {over}; all: {sizes}"


def test_assets_have_hashed_names_and_are_cached_for_a_year(admin: Visitor) -> None:
    page = admin.page
    assets = []
    page.on("response", lambda response: assets.append(response))
    page.goto("/exercises/hello-world")
    page.wait_for_load_state("networkidle")
    static = [response for response in assets if "/static/" in response.url]
    names = {response.url.rsplit("/", 1)[1] for response in static}
    assert {name.split(".")[0] for name in names} >= {"app", "pages", "exercise"}, names
    for response in static:
        assert response.status == 200, response.url
        assert "max-age=31536000" in response.headers["cache-control"], response.url
        _stem, digest, suffix = response.url.rsplit("/", 1)[1].rsplit(".", 2)
        assert len(digest) == 10 and suffix in {"css", "js", "svg"}, response.url
