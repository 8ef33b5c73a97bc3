"""The problem pages without a browser: the list with the learner's status and filters, a
problem's page, Submit answered with the page (verdict, cases, the code kept) and the path page
linking to the problems that can be solved here."""

from __future__ import annotations

import re

import httpx
import pytest

from leettrack.problems.content import bundled_problems
from tests.sandbox.support import needs_bwrap
from tests.web.support import csrf_of, sign_up
from tests.web.test_learning_pages import editor_text

TWO_SUM = bundled_problems()["two-sum"]


@pytest.fixture
async def learner(client: httpx.AsyncClient, seeded: dict[str, int]) -> str:
    return await sign_up(client)


async def test_the_list_shows_each_problem_with_the_learners_status(client, learner):
    page = (await client.get("/problems")).text
    assert 'href="/problems/two-sum"' in page
    assert re.search(r"solved <strong>0</strong> of \d+", page)
    assert page.count('class="exercise-item"') == len(bundled_problems())
    blind = (await client.get("/problems?path=blind-75&difficulty=easy")).text
    assert 'href="/problems/two-sum"' in blind and 'value="blind-75" selected' in blind
    hard = (await client.get("/problems?difficulty=hard")).text
    assert 'href="/problems/two-sum"' not in hard


async def test_a_problem_page_has_the_statement_and_the_starter(client, learner):
    response = await client.get("/problems/two-sum")
    assert response.status_code == 200
    assert "<h1>Two Sum</h1>" in response.text
    assert "Write <code>Solution.twoSum</code>" in response.text
    assert editor_text(response.text) == TWO_SUM.starter_code
    assert ">Submit</button>" in response.text
    missing = await client.get("/problems/no-such-problem")
    assert missing.status_code == 404 and "text/html" in missing.headers["content-type"]


@needs_bwrap[0]
@needs_bwrap[1]
async def test_submit_answers_with_the_verdict_and_keeps_the_code(client, learner):
    page = (await client.get("/problems/two-sum")).text
    code = TWO_SUM.solution_code.replace("\n", "\r\n")
    response = await client.post(
        "/problems/two-sum/submit", data={"csrf_token": csrf_of(page), "code": code}
    )
    assert response.status_code == 200, response.text
    assert re.search(r'id="verdict">\s*<span class="verdict passed">Accepted</span>', response.text)
    assert editor_text(response.text) == TWO_SUM.solution_code
    assert "Solved · verified here" in response.text
    assert "1 submission." in response.text
    listed = (await client.get("/problems")).text
    assert "Solved · verified" in listed
    wrong = await client.post(
        "/problems/two-sum/submit",
        data={"csrf_token": csrf_of(page), "code": "class Solution:\n    pass\n"},
    )
    assert '<span class="verdict failed">Runtime error</span>' in wrong.text


async def test_code_too_large_is_refused_and_kept(client, learner):
    page = (await client.get("/problems/two-sum")).text
    code = "#" * 70_000
    response = await client.post(
        "/problems/two-sum/submit", data={"csrf_token": csrf_of(page), "code": code}
    )
    assert response.status_code == 413
    assert "Too large." in response.text and editor_text(response.text) == code


async def test_the_path_page_links_the_problems_solvable_here(client, learner):
    page = (await client.get("/paths/blind-75")).text
    assert 'href="/problems/two-sum" aria-label="Solve Two Sum here">Solve here' in page
