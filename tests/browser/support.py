"""What the browser tests share: Debian's Chromium under Playwright, seeded databases for live
servers, a learner who signs up through the pages, and the page-weight and axe measurements."""

from __future__ import annotations

import itertools
import os
import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import Browser, BrowserContext, Locator, Page, Playwright, expect
from sqlalchemy import Engine, create_engine, make_url, text

from tests.helpers import PASSWORD, TEST_DATABASE_URL, LiveServer, leettrack, server_env

CHROMIUM = os.environ.get("LEETTRACK_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",  # the suite runs as root in CI, where Chromium's sandbox cannot start
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
PAGE_BUDGET_BYTES = 150 * 1024
SERIOUS = frozenset({"serious", "critical"})
_learners = itertools.count(1)


def launch_chromium(playwright: Playwright) -> Browser:
    if not Path(CHROMIUM).exists():
        raise RuntimeError(
            f"{CHROMIUM} is missing: install Debian's chromium (make install does it)"
        )
    return playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)


# --- databases and servers ---------------------------------------------------------------------


def _admin_engine(url: str) -> Engine:
    target = make_url(url).set(drivername="postgresql+psycopg", database="postgres")
    return create_engine(target, isolation_level="AUTOCOMMIT")


def _recreate_postgres(url: str, template: str | None = None) -> None:
    """Drop and create the database `url` names (a copy of `template` when given)."""
    name = make_url(url).database or ""
    engine = _admin_engine(url)
    try:
        with engine.connect() as connection:
            quote = engine.dialect.identifier_preparer.quote
            connection.execute(text(f"DROP DATABASE IF EXISTS {quote(name)} WITH (FORCE)"))
            copy = f" TEMPLATE {quote(template)}" if template else ""
            connection.execute(text(f"CREATE DATABASE {quote(name)}{copy}"))
    finally:
        engine.dispose()


def seeded_databases(
    directory: Path, names: list[str], *, postgres: bool = bool(TEST_DATABASE_URL)
) -> list[str]:
    """One migrated and seeded database per name, each a copy of the first: SQLite files in
    `directory`, or (`postgres`) PostgreSQL databases named after TEST_DATABASE_URL's."""
    if postgres:
        base = make_url(TEST_DATABASE_URL)
        urls = [
            base.set(database=f"{base.database}_{name}").render_as_string(hide_password=False)
            for name in names
        ]
        _recreate_postgres(urls[0])
    else:
        urls = [f"sqlite:///{directory / name}.db" for name in names]
    env = server_env(urls[0])
    leettrack("db", "upgrade", env=env)
    leettrack("seed", env=env)
    for url in urls[1:]:
        if postgres:
            _recreate_postgres(url, template=make_url(urls[0]).database)
        else:
            shutil.copyfile(make_url(urls[0]).database or "", make_url(url).database or "")
    return urls


class BrowserServer(LiveServer):
    """A live server given longer to start: the pages import more than the API alone, and CI
    machines may be busy."""

    def wait_ready(self, timeout: float = 120) -> None:
        super().wait_ready(timeout)


@contextmanager
def live_server(database_url: str, **env: str) -> Iterator[LiveServer]:
    server = BrowserServer(server_env(database_url, **env))
    try:
        yield server
    finally:
        server.stop()


# --- a learner ---------------------------------------------------------------------------------


@dataclass
class Learner:
    username: str
    password: str = PASSWORD
    leetcode_username: str | None = None

    @property
    def email(self) -> str:
        return f"{self.username}@example.com"


def new_learner() -> Learner:
    return Learner(f"learner{next(_learners)}_{os.getpid()}")


def sign_up(page: Page, base_url: str, learner: Learner | None = None) -> Learner:
    """Sign up through the page, as a person would (then link LeetCode in Settings when the
    learner has a LeetCode username)."""
    learner = learner or new_learner()
    page.goto(f"{base_url}/signup")
    page.get_by_label("Username", exact=True).fill(learner.username)
    page.get_by_label("Email", exact=True).fill(learner.email)
    page.get_by_label("Password", exact=True).fill(learner.password)
    page.get_by_role("button", name="Sign up").click()
    expect(page.get_by_role("button", name="Sign out")).to_be_visible()
    if learner.leetcode_username:
        link_leetcode(page, learner.leetcode_username)
    return learner


def link_leetcode(page: Page, username: str) -> None:
    page.get_by_role("link", name="Settings").click()
    page.get_by_label("LeetCode username", exact=True).fill(username)
    page.get_by_role("button", name="Save settings").click()
    expect(page.get_by_label("LeetCode username", exact=True)).to_have_value(username)


def signed_in_context(browser: Browser, base_url: str) -> tuple[BrowserContext, Page, Learner]:
    context = browser.new_context(base_url=base_url)
    page = context.new_page()
    return context, page, sign_up(page, base_url)


def results_region(page: Page) -> Locator:
    """The exercise page's Results, where Run and Test answer."""
    return page.get_by_role("region", name="Results")


# --- measurements ------------------------------------------------------------------------------


def serious_violations(page: Page) -> list[str]:
    """axe-core's serious and critical findings on the page as it is now, one line each."""
    results = Axe().run(page)
    return [
        f"{violation['id']} ({violation['impact']}): {violation['help']} -> "
        + "; ".join(node["target"][0] for node in violation["nodes"][:3])
        for violation in results.response["violations"]
        if violation["impact"] in SERIOUS
    ]


def first_load_bytes(browser: Browser, base_url: str, path: str, cookies: list[Any]) -> int:
    """Bytes on the wire (headers and compressed bodies) for a first visit of `path` with an
    empty cache: the document plus every asset it loads."""
    context = browser.new_context(base_url=base_url)
    try:
        context.add_cookies(cookies)
        page = context.new_page()
        cdp = context.new_cdp_session(page)
        cdp.send("Network.enable")
        cdp.send("Network.setCacheDisabled", {"cacheDisabled": True})
        sizes: dict[str, float] = {}
        cdp.on(
            "Network.loadingFinished",
            lambda event: sizes.__setitem__(event["requestId"], event["encodedDataLength"]),
        )
        page.goto(path, wait_until="networkidle")
        return int(sum(sizes.values()))
    finally:
        context.close()
