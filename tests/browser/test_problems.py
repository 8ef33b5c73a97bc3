"""Solving a problem in the browser: from the path's Solve here link to an accepted solution,
the verdict swapped in without a reload, the question solved on the path afterwards."""

from __future__ import annotations

from playwright.sync_api import Page, expect

from leettrack.problems.content import bundled_problems
from tests.browser.support import sign_up

TWO_SUM = bundled_problems()["two-sum"]


def test_a_problem_solved_from_its_path(page: Page, app_server) -> None:
    sign_up(page, app_server.base_url)
    page.goto("/paths/blind-75")
    page.get_by_role("link", name="Solve Two Sum here").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Two Sum")
    code = page.get_by_label("Code (Python 3, as on LeetCode)")
    expect(code).to_have_value(TWO_SUM.starter_code)

    code.fill("class Solution:\n    def twoSum(self, nums, target):\n        return [0, 1]\n")
    page.get_by_role("button", name="Submit").click()
    results = page.get_by_role("region", name="Results")
    expect(results.locator("#verdict")).to_contain_text("Wrong answer")
    expect(results).to_contain_text("expected [1, 3], got [0, 1]")

    code.fill(TWO_SUM.solution_code)
    page.get_by_role("button", name="Submit").click()
    expect(results.locator("#verdict")).to_contain_text("Accepted")
    expect(page.get_by_role("region", name="Submissions")).to_contain_text("2 submissions")
    assert page.evaluate("performance.getEntriesByType('navigation').length") == 1

    page.goto("/problems?path=blind-75")
    expect(page.get_by_role("listitem").filter(has_text="Two Sum")).to_contain_text("Solved")
