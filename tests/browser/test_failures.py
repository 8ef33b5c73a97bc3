"""When something goes wrong the page says what, and nothing typed is lost: a refused form
(CSRF), an unreachable code executor, too many runs, an unreachable LeetCode."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import Browser, Page, expect

from tests.browser.conftest import FAULTY_RUNS_PER_MINUTE
from tests.browser.support import new_learner, results_region, sign_up

CODE = 'for i in range(3):\n    print("line", i)\n'


def open_exercise(page: Page, base_url: str, *, leetcode_username: str | None = None) -> None:
    learner = new_learner()
    learner.leetcode_username = leetcode_username
    sign_up(page, base_url, learner)
    page.goto("/exercises/hello-world")


def test_a_form_without_its_csrf_token_is_refused_and_says_so(page: Page, app_server) -> None:
    open_exercise(page, app_server.base_url)
    page.get_by_label("Code", exact=True).fill(CODE)
    page.locator('form[data-run-form] input[name="csrf_token"]').evaluate("input => input.remove()")
    page.get_by_role("button", name="Run").click()
    expect(results_region(page).get_by_role("alert")).to_contain_text("did not come from this site")
    expect(page.get_by_label("Code", exact=True)).to_have_value(CODE)


def test_a_post_from_elsewhere_is_refused(page: Page, app_server) -> None:
    open_exercise(page, app_server.base_url)
    forged = page.request.post(
        "/exercises/hello-world/run",
        form={"code": CODE, "stdin": "", "csrf_token": "0" * 64},
        headers={"Accept": "text/html"},
    )
    assert forged.status == 403
    assert "did not come from this site" in forged.text()
    missing = page.request.post("/leetcode/sync", form={})
    assert missing.status == 403


@pytest.mark.parametrize("javascript", [True, False], ids=["fetch", "plain-form"])
def test_an_unavailable_executor_is_a_message_and_the_code_stays(
    browser: Browser, faulty_server, javascript: bool
) -> None:
    context = browser.new_context(base_url=faulty_server.base_url, java_script_enabled=javascript)
    try:
        page = context.new_page()
        open_exercise(page, faulty_server.base_url)
        page.get_by_label("Code", exact=True).fill(CODE)
        page.get_by_label("Stdin", exact=True).fill("Ada")
        page.get_by_role("button", name="Run").click()
        alert = results_region(page).get_by_role("alert")
        expect(alert).to_contain_text("The code runner is unavailable")
        expect(alert).to_contain_text("Your code is still in the editor")
        expect(page.get_by_label("Code", exact=True)).to_have_value(CODE)
        expect(page.get_by_label("Stdin", exact=True)).to_have_value("Ada")

        page.get_by_role("button", name="Test").click()
        expect(results_region(page).get_by_role("alert")).to_contain_text("unavailable")
        expect(page.get_by_label("Code", exact=True)).to_have_value(CODE)
        expect(page.get_by_role("region", name="Submissions")).to_contain_text("No submissions yet")
    finally:
        context.close()


def test_too_many_runs_is_a_message_and_the_code_stays(faulty_page: Page, faulty_server) -> None:
    page = faulty_page
    open_exercise(page, faulty_server.base_url)
    editor = page.get_by_label("Code", exact=True)
    editor.fill(CODE)
    run = page.get_by_role("button", name="Run")
    for _ in range(FAULTY_RUNS_PER_MINUTE):
        run.click()
        expect(results_region(page).get_by_role("alert")).to_contain_text("unavailable")
        expect(run).to_be_enabled()
    run.click()
    alert = results_region(page).get_by_role("alert")
    expect(alert).to_contain_text("Too many runs")
    expect(alert).to_contain_text(re.compile(r"wait \d+ s"))
    expect(editor).to_have_value(CODE)


def test_an_unreachable_leetcode_is_a_message(faulty_page: Page, faulty_server) -> None:
    page = faulty_page
    open_exercise(page, faulty_server.base_url, leetcode_username="lt_alice")
    page.goto("/leetcode")
    expect(page.get_by_role("alert")).to_contain_text("LeetCode is unreachable")
    page.get_by_role("button", name="Sync from LeetCode").click()
    expect(page.get_by_role("alert")).to_contain_text("LeetCode is unreachable")
    expect(page.get_by_role("button", name="Sync from LeetCode")).to_be_visible()


def test_the_linked_leetcode_profile_and_a_sync(page: Page, app_server, fake_leetcode) -> None:
    open_exercise(page, app_server.base_url, leetcode_username="lt_alice")
    page.goto("/leetcode")
    expect(page.get_by_role("heading", name="Solved on LeetCode")).to_be_visible()
    expect(page.locator(".facts")).to_contain_text("12,345")
    expect(page.locator(".facts")).to_contain_text("1876")
    expect(page.get_by_role("img", name="LeetCode submissions")).to_be_visible()
    page.get_by_role("button", name="Sync from LeetCode").click()
    expect(page.locator("#messages")).to_contain_text(
        re.compile(r"Imported \d+ accepted submission")
    )
    page.get_by_role("button", name="Sync from LeetCode").click()
    expect(page.locator("#messages")).to_contain_text("Nothing new to import")
