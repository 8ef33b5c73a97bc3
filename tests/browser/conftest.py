"""Browser fixtures: Chromium, and two live servers on seeded databases (SQLite,
or PostgreSQL when TEST_DATABASE_URL is set):

- `app_server`, the app as `make run` serves it, with the fake LeetCode behind it;
- `faulty_server`, where the code executor cannot be reached, LeetCode neither, and a learner may
  start only a few code runs a minute: what the pages say when things go wrong.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from playwright.sync_api import Browser, BrowserContext, Page, sync_playwright

from tests.browser.support import launch_chromium, live_server, seeded_databases
from tests.fakes.leetcode_server import FakeLeetCode
from tests.helpers import LiveServer

FAULTY_RUNS_PER_MINUTE = 3


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    """One Chromium per test module. Not per session: Playwright's synchronous API keeps its
    event loop marked as running while it is open, and the suite's other tests call
    asyncio.run() outside any loop."""
    with sync_playwright() as playwright:
        chromium = launch_chromium(playwright)
        yield chromium
        chromium.close()


@pytest.fixture(scope="session")
def browser_databases(tmp_path_factory: pytest.TempPathFactory) -> list[str]:
    return seeded_databases(tmp_path_factory.mktemp("browser"), ["browser", "browser_faulty"])


@pytest.fixture(scope="session")
def app_server(
    browser_databases: list[str], fake_leetcode_server: FakeLeetCode
) -> Iterator[LiveServer]:
    with live_server(
        browser_databases[0],
        LEETCODE_GRAPHQL_URL=fake_leetcode_server.url,
        LEETCODE_TIMEOUT="2",
        LEETCODE_RATE="10000/1",
    ) as server:
        yield server


@pytest.fixture(scope="session")
def faulty_server(browser_databases: list[str]) -> Iterator[LiveServer]:
    with live_server(
        browser_databases[1],
        # Nothing listens on port 9 of loopback: the executor and LeetCode are unreachable.
        EXECUTOR_SERVICE_URL="http://127.0.0.1:9",
        EXECUTOR_TIMEOUT="2000",
        LEETCODE_GRAPHQL_URL="http://127.0.0.1:9/graphql",
        LEETCODE_TIMEOUT="1",
        RATE_LIMIT_EXEC_MAX=str(FAULTY_RUNS_PER_MINUTE),
    ) as server:
        yield server


@pytest.fixture
def context(browser: Browser, app_server: LiveServer) -> Iterator[BrowserContext]:
    context = browser.new_context(base_url=app_server.base_url)
    yield context
    context.close()


@pytest.fixture
def page(context: BrowserContext) -> Page:
    return context.new_page()


@pytest.fixture
def faulty_page(browser: Browser, faulty_server: LiveServer) -> Iterator[Page]:
    context = browser.new_context(base_url=faulty_server.base_url)
    yield context.new_page()
    context.close()
