"""The learning pages without a browser: what each page answers, and what it says and keeps when
the request is refused (the browser suite covers the same pages with JavaScript on)."""

from __future__ import annotations

import html
import re

import httpx
import pytest
from fastapi import FastAPI

from leettrack.executor.backend import MAX_CODE_BYTES
from leettrack.exercises.seed import seed_exercises
from leettrack.web.routes.leetcode import describe_sync
from tests.web.support import csrf_of, sign_up


@pytest.fixture
async def learner(client: httpx.AsyncClient, app: FastAPI, seeded: dict[str, int]) -> str:
    async with app.state.db.sessionmaker() as session:
        await seed_exercises(session)
        await session.commit()
    return await sign_up(client)


def editor_text(page: str) -> str:
    found = re.search(r'<textarea id="code"[^>]*>\n(.*?)</textarea>', page, re.DOTALL)
    assert found, "the page has no Code editor"
    return html.unescape(found.group(1))


async def test_the_catalog_lists_every_category_with_the_learners_status(client, learner):
    page = (await client.get("/exercises")).text
    assert 'href="/exercises/hello-world"' in page
    assert "Not started" in page
    assert re.search(r"completed\s*<strong>0</strong> of \d+", page)


async def test_an_exercise_page_has_the_editor_instructions_and_hints(client, learner):
    response = await client.get("/exercises/hello-world")
    assert response.status_code == 200
    page = response.text
    assert '<label for="code">Code</label>' in page
    assert '<label for="stdin">Stdin</label>' in page
    assert ">Run</button>" in page and ">Test</button>" in page
    assert "Show hint 1 of 3" in page
    assert page.count('<details class="hint-step">') == 3
    # The instructions' own title heading is left out (the page's <h1> says it).
    assert page.count("Hello, World!</h1>") == 1 and "<h2>Hello, World!</h2>" not in page
    assert "<script>" not in page  # no inline script: the CSP would refuse it


async def test_run_answers_with_the_page_and_the_output(client, learner):
    page = (await client.get("/exercises/hello-world")).text
    code = 'print(input().upper())\r\nprint("bye")\r\n'
    response = await client.post(
        "/exercises/hello-world/run",
        data={"csrf_token": csrf_of(page), "code": code, "stdin": "ada"},
    )
    assert response.status_code == 200, response.text
    assert re.search(r'<pre class="output" id="run-stdout">ADA\nbye\n</pre>', response.text)
    assert editor_text(response.text) == code.replace("\r\n", "\n")


async def test_code_too_large_is_refused_with_the_reason_and_kept(client, learner):
    page = (await client.get("/exercises/hello-world")).text
    code = "# " + "x" * MAX_CODE_BYTES
    response = await client.post(
        "/exercises/hello-world/test", data={"csrf_token": csrf_of(page), "code": code}
    )
    assert response.status_code == 413
    assert "Too large." in response.text and "at most" in response.text
    assert editor_text(response.text) == code
    assert "No submissions yet" in response.text


async def test_a_test_run_is_kept_as_a_submission_with_its_code_and_report(client, learner):
    page = (await client.get("/exercises/hello-world")).text
    response = await client.post(
        "/exercises/hello-world/test",
        data={"csrf_token": csrf_of(page), "code": 'print("Hello, Ada!")\n'},
    )
    assert response.status_code == 200
    submissions = response.text.split('id="submissions"', 1)[1]
    assert "1 submission." in submissions
    assert "print(&#34;Hello, Ada!&#34;)" in submissions or 'print("Hello, Ada!")' in submissions
    assert re.search(r'class="test (passed|failed)"', submissions)
    assert 'class="test failed"' in response.text.split('id="results"', 1)[1]


async def test_unknown_exercise_and_card_are_html_404_pages(client, learner):
    for path in ("/exercises/no-such-exercise", "/reviews/no-such-problem"):
        response = await client.get(path, headers={"Accept": "text/html"})
        assert response.status_code == 404, path
        assert response.headers["content-type"].startswith("text/html")


async def test_reviews_and_history_show_a_rating(client, learner):
    page = (await client.get("/paths/neetcode-150")).text
    token = csrf_of(page)
    solved = await client.post(
        "/problems/two-sum/status", data={"csrf_token": token, "status": "solved"}
    )
    assert solved.status_code in (200, 303)
    reviews = (await client.get("/reviews")).text
    assert "Waiting for a first rating" in reviews and 'href="/reviews/two-sum"' in reviews
    rated = await client.post("/reviews/two-sum/rate", data={"csrf_token": token, "rating": "good"})
    assert rated.status_code in (200, 303)
    history = await client.get("/reviews/two-sum")
    assert history.status_code == 200
    assert "Two Sum</h1>" in history.text and "1 rating" in history.text
    assert "<td>Good</td>" in history.text
    assert re.search(r"<td>(Learning|Review) → (Learning|Review)</td>", history.text)


async def test_progress_draws_the_heatmap_and_forecast(client, learner):
    response = await client.get("/progress")
    assert response.status_code == 200
    assert 'aria-labelledby="activity-title activity-desc"' in response.text
    assert 'aria-labelledby="progress-forecast-title progress-forecast-desc"' in response.text
    assert "0 events on 0 active days" in response.text


async def test_leetcode_without_a_username_points_to_settings(client, learner):
    response = await client.get("/leetcode")
    assert response.status_code == 200
    assert 'href="/settings"' in response.text
    assert "Sync from LeetCode" not in response.text


def test_a_sync_says_what_it_imported():
    assert describe_sync(0, 0, [], 0) == "Nothing new to import."
    assert describe_sync(1, 2, ["two-sum"], 1) == (
        "Imported 1 accepted submission; newly solved: two-sum; 2 already imported; "
        "1 not in the catalog, skipped."
    )
    many = [f"p{i}" for i in range(12)]
    assert describe_sync(12, 0, many, 0).endswith("p9 and 2 more.")
