"""Today and Paths through their pages: enrol, set statuses in one click, rate from Today with
the previewed intervals, notes, the LeetCode daily question (and its absence)."""

from __future__ import annotations

import re
from typing import Any

import httpx

from tests.fakes.leetcode_server import FakeLeetCode
from tests.helpers import make_admin
from tests.web.support import csrf_of, page_error, sign_up, submit, user_id

NEETCODE = "/paths/neetcode-150"


async def _enrol(client: httpx.AsyncClient) -> str:
    response = await submit(client, NEETCODE, f"{NEETCODE}/enrol", {})
    assert response.status_code == 303
    return (await client.get(NEETCODE)).text


def _problem_slugs(html: str) -> list[str]:
    return re.findall(r'action="/problems/([a-z0-9-]+)/status"', html)


async def test_catalog_lists_paths_with_progress(
    client: httpx.AsyncClient, seeded: dict[str, int]
) -> None:
    await sign_up(client)
    page = await client.get("/paths")
    assert page.status_code == 200
    assert 'href="/paths/neetcode-150"' in page.text
    assert "<progress" in page.text
    searched = await client.get("/paths", params={"q": "neetcode 150"})
    assert 'href="/paths/neetcode-150"' in searched.text


async def test_a_path_page_is_in_category_order_with_progress_per_category(
    client: httpx.AsyncClient, seeded: dict[str, int]
) -> None:
    await sign_up(client)
    html = await _enrol(client)
    assert ">Leave path</button>" in html
    headings = re.findall(r'<h2 id="cat-\d+">([^<]+?)\s*<', html)
    assert headings[:3] == ["Arrays &amp; Hashing", "Two Pointers", "Sliding Window"]
    assert len(set(headings)) == len(headings)  # each category once, in path order
    slugs = _problem_slugs(html)
    assert len(slugs) == 150
    assert f'href="https://leetcode.com/problems/{slugs[0]}/"' in html


async def test_status_is_set_in_one_click_and_shows_on_the_path(
    client: httpx.AsyncClient, seeded: dict[str, int]
) -> None:
    await sign_up(client)
    html = await _enrol(client)
    first, second = _problem_slugs(html)[:2]
    token = csrf_of(html)
    solved = await client.post(
        f"/problems/{first}/status",
        data={"csrf_token": token, "status": "solved", "next": f"{NEETCODE}#q-{first}"},
    )
    assert solved.status_code == 303
    assert solved.headers["location"] == f"{NEETCODE}#q-{first}"
    scripted = await client.post(  # what app.js sends: the same form, answered with JSON
        f"/problems/{second}/status",
        data={"status": "attempted"},
        headers={"X-CSRF-Token": token, "Accept": "application/json"},
    )
    assert scripted.status_code == 200
    assert scripted.json()["data"] == {"status": "attempted"}
    page = (await client.get(NEETCODE)).text
    assert "1 of 150 solved" in page
    row = page[page.index(f'id="q-{first}"') :]
    assert re.search(r'value="solved" aria-pressed="true"', row[: row.index("</tr>")])
    bad = await client.post(
        f"/problems/{first}/status",
        data={"status": "finished"},
        headers={"X-CSRF-Token": token, "Accept": "application/json"},
    )
    assert bad.status_code == 422
    assert bad.json()["error"]["details"]["fields"]["status"].startswith("Input should be")


async def test_today_shows_the_four_ratings_with_their_intervals_and_rates(
    client: httpx.AsyncClient, seeded: dict[str, int]
) -> None:
    await sign_up(client)
    html = await _enrol(client)
    first = _problem_slugs(html)[0]
    token = csrf_of(html)
    await client.post(f"/problems/{first}/status", data={"csrf_token": token, "status": "solved"})
    today = (await client.get("/")).text
    assert "1</strong> waiting for a first rating" in today
    form = today[today.index(f'action="/reviews/{first}/rate"') :]
    form = form[: form.index("</form>")]
    labels = re.findall(r'aria-label="(Again|Hard|Good|Easy), next review ([^"]+)"', form)
    assert [name for name, _ in labels] == ["Again", "Hard", "Good", "Easy"]
    assert all(when for _, when in labels)
    shown = dict(labels)
    rated = await client.post(
        f"/reviews/{first}/rate", data={"csrf_token": token, "rating": "good", "next": "/"}
    )
    assert rated.status_code == 303 and rated.headers["location"] == "/"
    after = (await client.get("/")).text
    assert f"next review {shown['Good']}" in after  # the preview was the real outcome
    assert f'action="/reviews/{first}/rate"' not in after
    assert "Next:" in after  # the path's next unsolved problem


async def test_a_refused_rating_says_what_the_api_says(
    client: httpx.AsyncClient, seeded: dict[str, int]
) -> None:
    await sign_up(client)
    token = csrf_of((await client.get("/")).text)
    response = await client.post(
        "/reviews/two-sum/rate",
        data={"csrf_token": token, "rating": "good"},
        headers={"Accept": "text/html"},
    )
    assert response.status_code == 404
    assert "You have no review card for &#39;two-sum&#39;" in response.text


async def test_notes_are_kept_and_do_not_count_an_attempt(
    client: httpx.AsyncClient, seeded: dict[str, int]
) -> None:
    await sign_up(client)
    html = await _enrol(client)
    first = _problem_slugs(html)[0]
    response = await client.post(
        f"/problems/{first}/notes",
        data={"csrf_token": csrf_of(html), "notes": "hash map of complements", "next": NEETCODE},
    )
    assert response.status_code == 303
    page = (await client.get(NEETCODE)).text
    assert ">hash map of complements</textarea>" in page
    assert "0 of 150 solved" in page
    assert "0</strong> problems worked on today" in (await client.get("/")).text


async def test_daily_question_is_shown(client: httpx.AsyncClient) -> None:
    await sign_up(client)
    today = (await client.get("/")).text
    daily = today[today.index('id="daily-heading"') :]
    assert re.search(r'<a href="https://leetcode.com/problems/[a-z0-9-]+/?">', daily)


async def test_today_says_so_when_leetcode_is_unreachable(
    client: httpx.AsyncClient, fake_leetcode: FakeLeetCode
) -> None:
    await sign_up(client)
    fake_leetcode.set_fault("down")
    response = await client.get("/")
    assert response.status_code == 200
    assert "daily question is missing: LeetCode is unreachable." in response.text
    assert "Reviews due" in response.text  # the rest of the page is there


async def test_create_edit_and_reorder_an_own_path(
    client: httpx.AsyncClient, seeded: dict[str, int]
) -> None:
    await sign_up(client)
    invalid = await submit(client, "/paths/new", "/paths/new", {"name": "", "description": "x"})
    assert invalid.status_code == 422
    assert page_error(invalid.text)
    assert ">x</textarea>" in invalid.text  # the input is kept
    created = await submit(client, "/paths/new", "/paths/new", {"name": "My Graphs"})
    assert created.status_code == 303
    edit = created.headers["location"]
    assert edit == "/paths/my-graphs/edit"
    for slug in ("two-sum", "valid-anagram", "contains-duplicate"):
        added = await submit(client, edit, "/paths/my-graphs/questions", {"slug": slug})
        assert added.status_code == 303, added.text
    duplicate = await submit(client, edit, "/paths/my-graphs/questions", {"slug": "two-sum"})
    assert duplicate.status_code == 409
    assert 'value="two-sum"' in duplicate.text
    moved = await submit(
        client, edit, "/paths/my-graphs/questions/contains-duplicate/move", {"direction": "up"}
    )
    assert moved.status_code == 303
    order = re.findall(r'<li id="q-([a-z-]+)" data-slug', (await client.get(edit)).text)
    assert order == ["two-sum", "contains-duplicate", "valid-anagram"]
    token = csrf_of((await client.get(edit)).text)
    dragged = await client.post(
        "/paths/my-graphs/order",
        data={"slugs": ["valid-anagram", "two-sum", "contains-duplicate"]},
        headers={"X-CSRF-Token": token, "Accept": "application/json"},
    )
    assert dragged.status_code == 200
    order = re.findall(r'<li id="q-([a-z-]+)" data-slug', (await client.get(edit)).text)
    assert order == ["valid-anagram", "two-sum", "contains-duplicate"]
    partial = await client.post(
        "/paths/my-graphs/order",
        data={"slugs": ["two-sum"]},
        headers={"X-CSRF-Token": token, "Accept": "application/json"},
    )
    assert partial.status_code == 422


async def test_system_paths_are_edited_by_administrators_only(
    app: Any, client: httpx.AsyncClient, seeded: dict[str, int]
) -> None:
    username = await sign_up(client)
    refused = await client.get(f"{NEETCODE}/edit", headers={"Accept": "text/html"})
    assert refused.status_code == 403
    assert "Only administrators edit system paths" in refused.text
    assert (await client.get("/admin/paths", headers={"Accept": "text/html"})).status_code == 403
    await make_admin(app, await user_id(app, username))
    listed = await client.get("/admin/paths")
    assert listed.status_code == 200 and f'href="{NEETCODE}/edit"' in listed.text
    renamed = await submit(
        client, f"{NEETCODE}/edit", f"{NEETCODE}/edit", {"name": "NeetCode 150 (ours)"}
    )
    assert renamed.status_code == 303
    assert "<h1>NeetCode 150 (ours)</h1>" in (await client.get(NEETCODE)).text
