"""Screenshots of the main pages for the README: `python -m tests.browser.screenshots`.

Starts the app on a throwaway seeded SQLite database (LeetCode answered by the suite's fake
GraphQL server), gives a learner a few days of history through the pages and the JSON API,
and saves one PNG per page into docs/screenshots/ (or the directory given as argument). With
`pngquant` installed (Debian package `pngquant`) the PNGs are quantised to a third of the size.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import httpx
from playwright.sync_api import Page, expect, sync_playwright

from tests.browser.support import (
    Learner,
    launch_chromium,
    live_server,
    new_learner,
    seeded_databases,
    sign_up,
)
from tests.fakes.leetcode_data import ACTIVE_USER
from tests.fakes.leetcode_server import FakeLeetCode

DESKTOP = {"width": 1280, "height": 860}
PHONE = {"width": 375, "height": 780}
DEFAULT_DIRECTORY = Path(__file__).resolve().parents[2] / "docs" / "screenshots"
WRONG_GREETING = 'name = input()\nprint("Hello", name)\n'
GREETING = 'name = input().strip() or "World"\nprint(f"Hello, {name}!")\n'
NAIVE_TWO_SUM = """class Solution:
    def twoSum(self, nums: List[int], target: int) -> List[int]:
        for i in range(len(nums)):
            for j in range(i + 1, len(nums)):
                if nums[i] + nums[j] == target:
                    return [i, j]
"""


def give_history(base_url: str, learner: Learner) -> None:
    """A week or two of practice: a path, solved problems, ratings, synced LeetCode solves."""
    with httpx.Client(base_url=f"{base_url}/api/v1", timeout=30) as api:
        login = api.post(
            "/auth/login", json={"username": learner.username, "password": learner.password}
        )
        login.raise_for_status()
        api.headers["Authorization"] = f"Bearer {login.json()['data']['access_token']}"
        api.post("/user/learning-paths/neetcode-150/enroll").raise_for_status()
        api.post("/user/learning-paths/blind-75/enroll").raise_for_status()
        for slug in ("contains-duplicate", "valid-anagram", "two-sum", "group-anagrams"):
            api.put(f"/user/questions/{slug}", json={"status": "solved"}).raise_for_status()
        api.put("/user/questions/top-k-frequent-elements", json={"status": "attempted"})
        api.post("/user/leetcode/sync").raise_for_status()
        for slug, rating in (("two-sum", "good"), ("valid-anagram", "hard")):
            api.post(f"/user/reviews/{slug}", json={"rating": rating}).raise_for_status()


def shoot(page: Page, path: str, name: str, directory: Path) -> Path:
    page.goto(path)
    page.wait_for_load_state("networkidle")
    target = directory / f"{name}.png"
    page.screenshot(path=str(target))
    return target


def main(directory: Path = DEFAULT_DIRECTORY) -> list[Path]:
    directory.mkdir(parents=True, exist_ok=True)
    fake = FakeLeetCode().start()
    made: list[Path] = []
    try:
        with tempfile.TemporaryDirectory() as scratch:
            (url,) = seeded_databases(Path(scratch), ["screens"], postgres=False)
            with live_server(url, LEETCODE_GRAPHQL_URL=fake.url) as server, sync_playwright() as p:
                browser = launch_chromium(p)
                context = browser.new_context(base_url=server.base_url, viewport=DESKTOP)
                page = context.new_page()
                made.append(shoot(page, "/signin", "signin", directory))
                learner = new_learner()
                learner.username = "ada"
                learner.leetcode_username = ACTIVE_USER
                sign_up(page, server.base_url, learner)
                give_history(server.base_url, learner)

                page.goto("/exercises/hello-world")
                page.get_by_label("Code", exact=True).fill(WRONG_GREETING)
                page.get_by_role("button", name="Test").click()
                expect(page.locator("#results li.test").first).to_be_visible()
                page.get_by_label("Code", exact=True).fill(GREETING)
                page.get_by_role("button", name="Test").click()
                expect(page.locator("#results .verdict-line")).to_contain_text("Passed")
                page.goto("/exercises/fizzbuzz")
                page.get_by_role("button", name="Test").click()
                expect(page.locator("#results li.test").first).to_be_visible()
                page.screenshot(path=str(directory / "exercise.png"), full_page=True)
                made.append(directory / "exercise.png")

                page.goto("/problems/two-sum")
                code = page.get_by_label("Code (Python 3, as on LeetCode)")
                code.fill(NAIVE_TWO_SUM)
                page.get_by_role("button", name="Submit").click()
                expect(page.locator("#verdict")).to_contain_text("Time limit")
                page.screenshot(path=str(directory / "problem.png"), full_page=True)
                made.append(directory / "problem.png")

                for path, name in (
                    ("/", "today"),
                    ("/problems?path=blind-75", "problems"),
                    ("/paths/neetcode-150", "path"),
                    ("/reviews", "reviews"),
                    ("/exercises", "exercises"),
                    ("/progress", "progress"),
                    ("/leetcode", "leetcode"),
                ):
                    made.append(shoot(page, path, name, directory))
                phone = browser.new_context(
                    base_url=server.base_url, viewport=PHONE, storage_state=context.storage_state()
                ).new_page()
                made.append(shoot(phone, "/exercises/hello-world", "exercise-phone", directory))
                browser.close()
    finally:
        fake.stop()
    shrink(made)
    return made


def shrink(pictures: list[Path]) -> None:
    """Quantise the PNGs in place when pngquant is there; they stay as they are otherwise."""
    pngquant = shutil.which("pngquant")
    if pngquant and pictures:
        command = [pngquant, "--quality", "70-95", "--strip", "--force", "--ext", ".png"]
        subprocess.run([*command, *map(str, pictures)], check=True)


if __name__ == "__main__":
    for made in main(Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_DIRECTORY):
        print(made)
