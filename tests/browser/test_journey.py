"""A learner's first day, in Chromium against a live server: sign up, follow NeetCode 150, solve
two problems, rate one, practise an exercise until its tests pass, see it all on Progress, sign
out, and find the old session cookie refused."""

from __future__ import annotations

import re
from datetime import UTC, datetime

import httpx
from playwright.sync_api import Page, expect

from tests.browser.support import results_region, sign_up

HELLO_SOLUTION = 'name = input().strip() or "World"\nprint(f"Hello, {name}!")\n'


def enrol_in_neetcode(page: Page) -> None:
    page.goto("/paths")
    page.get_by_role("link", name="NeetCode 150", exact=True).click()
    page.get_by_role("button", name="Enrol").click()
    expect(page.get_by_role("button", name="Leave path")).to_be_visible()


def mark_solved(page: Page, count: int) -> list[str]:
    """Mark the path's first `count` problems solved, one click each; returns their titles."""
    titles = []
    for index in range(count):
        form = page.locator("form[data-status-group]").nth(index)
        titles.append((form.get_attribute("aria-label") or "").removeprefix("Status of "))
        solved = form.get_by_role("button", name="Solved")
        solved.click()
        expect(solved).to_have_attribute("aria-pressed", "true")
    return titles


def test_a_learners_first_day(page: Page, app_server) -> None:
    # Anything the strict CSP blocks, and any script error, shows up here.
    console_errors: list[str] = []
    page.on(
        "console", lambda message: message.type == "error" and console_errors.append(message.text)
    )
    page.on("pageerror", lambda error: console_errors.append(str(error)))
    learner = sign_up(page, app_server.base_url)
    expect(page.get_by_role("heading", name="Today", level=1)).to_be_visible()

    enrol_in_neetcode(page)
    solved = mark_solved(page, 2)
    page.reload()
    expect(page.get_by_text("2 of 150 solved")).to_be_visible()

    # Both wait on Today for a first rating; rate one "Good".
    page.get_by_role("link", name="Today").click()
    waiting = page.get_by_role("form", name=re.compile(r"^Rate "))
    expect(waiting).to_have_count(2)
    rated = (waiting.first.get_attribute("aria-label") or "").removeprefix("Rate ")
    assert rated in solved
    waiting.first.get_by_role("button", name=re.compile(r"^Good")).click()
    expect(waiting).to_have_count(1)  # the rated card leaves once the rating is stored
    page.goto("/")
    expect(page.get_by_role("form", name=re.compile(r"^Rate "))).to_have_count(1)
    page.get_by_role("link", name="Reviews").click()
    expect(page.get_by_role("heading", name="Waiting for a first rating 1")).to_be_visible()

    # An exercise: Run prints, a wrong Test fails case by case, the right one passes.
    page.get_by_role("link", name="Exercises").click()
    page.get_by_role("link", name="Hello, World!").click()
    code = page.get_by_label("Code", exact=True)
    code.fill('print("hi there")')
    page.get_by_role("button", name="Run").click()
    expect(results_region(page).locator("pre.output").first).to_have_text("hi there\n")
    expect(code).to_have_value('print("hi there")')

    page.get_by_role("button", name="Test").click()
    expect(results_region(page)).to_contain_text("Failed")
    cases = results_region(page).locator("li.test")
    expect(cases.first).to_be_visible()
    assert cases.count() >= 2
    for index in range(cases.count()):
        case = cases.nth(index)
        expect(case.locator(".verdict")).to_have_text(re.compile(r"^(Pass|Fail)$"))
        assert case.locator(".test-name").inner_text().strip()
    assert results_region(page).locator("li.test.failed").count() >= 1

    code.fill(HELLO_SOLUTION)
    page.get_by_role("button", name="Test").click()
    expect(results_region(page).locator(".verdict-line .verdict")).to_have_text("Passed")
    expect(results_region(page).locator("li.test.failed")).to_have_count(0)
    submissions = page.get_by_role("region", name="Submissions")
    expect(submissions.locator(".submission-list > li")).to_have_count(2)

    # Progress: two solved, and today's square of the heatmap counts them.
    page.get_by_role("link", name="Progress").click()
    expect(page.locator("#solved-total")).to_have_text("2")
    today = datetime.now(UTC).date().isoformat()
    square = page.locator(f'svg[aria-labelledby^="activity"] rect[data-date="{today}"]')
    assert int(square.get_attribute("data-count") or 0) >= 2
    expect(page.get_by_role("img", name="Practice activity")).to_be_visible()
    exercise_stats = page.get_by_role("list", name="Exercise statistics")
    expect(exercise_stats).to_contain_text("1 of")

    # Sign out: the session ends on the server, so the old cookie no longer signs anyone in.
    session_cookie = next(c for c in page.context.cookies() if c["name"] == "lt_session")
    page.get_by_role("button", name="Sign out").click()
    expect(page.get_by_role("link", name="Sign in")).to_be_visible()

    replay = page.context.browser.new_context(base_url=app_server.base_url)
    try:
        replay.add_cookies([session_cookie])
        stranger = replay.new_page()
        stranger.goto("/progress")
        expect(stranger).to_have_url(re.compile(r"/signin"))
        expect(stranger.get_by_role("button", name="Sign out")).to_have_count(0)
    finally:
        replay.close()
    api = httpx.get(
        f"{app_server.base_url}/api/v1/auth/me",
        headers={"Authorization": f"Bearer {session_cookie['value']}"},
    )
    assert api.status_code == 401, learner.username
    assert console_errors == []
