"""POST /api/v1/user/leetcode/sync against the fake LeetCode server."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import select

from leettrack.leetcode.models import Question
from leettrack.reviews.models import ReviewCard
from leettrack.tracking.models import QuestionActivity, UserQuestion
from tests.fakes import leetcode_data
from tests.paths.support import NEETCODE, PATHS, USER, data, error

SYNC = f"{USER}/leetcode/sync"
ALICE = leetcode_data.ACTIVE_USER
UNKNOWN = "recyclable-and-low-fat-products"  # on LeetCode, not in the bundled catalog


def submissions(username: str = ALICE) -> dict[str, datetime]:
    """slug -> time of its accepted submission, as the fake serves them."""
    return {
        entry["titleSlug"]: datetime.fromtimestamp(int(entry["timestamp"]), UTC)
        for entry in leetcode_data.AC_SUBMISSIONS[username]
    }


async def link(client, account, username: str = ALICE) -> None:
    data(
        await client.patch(
            "/api/v1/auth/me", json={"leetcode_username": username}, headers=account["headers"]
        )
    )


async def state(app, user_id: int) -> dict[str, Any]:
    """The user's progress rows, activity and review cards."""
    async with app.state.db.sessionmaker() as session:

        async def rows(model: Any, *columns: str) -> list[tuple[Any, ...]]:
            found = await session.scalars(
                select(model).where(model.user_id == user_id).order_by(model.id)
            )
            return [tuple(getattr(row, column) for column in columns) for row in found]

        slugs = dict((await session.execute(select(Question.id, Question.title_slug))).all())
        progress = await rows(
            UserQuestion, "question_id", "status", "attempts", "first_solved_at", "updated_at"
        )
        return {
            "progress": {slugs[row[0]]: row[1:] for row in progress},
            "activity": await rows(QuestionActivity, "question_id", "kind", "occurred_at"),
            "cards": await rows(ReviewCard, "question_id", "needs_rating", "due"),
        }


async def test_sync_needs_a_leetcode_username(client, seeded, alice, fake_leetcode):
    error(await client.post(SYNC, headers=alice["headers"]), 400, "BAD_REQUEST")
    error(await client.post(SYNC), 401, "UNAUTHORIZED")
    assert fake_leetcode.total_calls == 0


async def test_sync_imports_accepted_submissions_once(app, client, seeded, alice, fake_leetcode):
    await link(client, alice)
    accepted = submissions()
    known = sorted(slug for slug in accepted if slug != UNKNOWN)
    result = data(await client.post(SYNC, headers=alice["headers"]))
    assert result == {
        "leetcode_username": ALICE,
        "fetched": len(accepted),
        "imported": len(known),
        "already_imported": 0,
        "newly_solved": known,
        "unknown": [UNKNOWN],
    }
    after = await state(app, alice["user"]["id"])
    assert set(after["progress"]) == set(known)
    for slug in known:
        status, attempts, first_solved_at, _ = after["progress"][slug]
        assert (status, attempts, first_solved_at) == ("solved", 1, accepted[slug])
    assert sorted(at for _, kind, at in after["activity"]) == sorted(accepted[s] for s in known)
    assert all(kind == "solved" for _, kind, _ in after["activity"])
    assert len(after["cards"]) == len(known) and all(card[1] for card in after["cards"])
    # the user's views reflect it: a path's progress, the dashboard's ratings to give
    path = data(await client.get(f"{PATHS}/{NEETCODE}", headers=alice["headers"]))
    in_path = {q["title_slug"] for q in path["questions"]} & set(known)
    assert path["progress"]["solved"] == len(in_path) > 0
    board = data(await client.get(f"{USER}/dashboard", headers=alice["headers"]))
    assert board["reviews"]["need_rating"] == len(known)
    # again: LeetCode is asked afresh, and nothing changes
    again = data(await client.post(SYNC, headers=alice["headers"]))
    assert fake_leetcode.calls["recentAcSubmissions"] == 2
    assert again["imported"] == 0 and again["newly_solved"] == []
    assert again["already_imported"] == len(known) and again["unknown"] == [UNKNOWN]
    assert await state(app, alice["user"]["id"]) == after


async def test_sync_adds_to_questions_already_tracked(app, client, seeded, alice, fake_leetcode):
    accepted = submissions()
    slug = next(s for s in sorted(accepted) if s != UNKNOWN)
    headers = alice["headers"]
    tracked = data(
        await client.put(f"{USER}/questions/{slug}", json={"status": "solved"}, headers=headers)
    )
    assert datetime.fromisoformat(tracked["first_solved_at"]) > accepted[slug]
    await link(client, alice)
    result = data(await client.post(SYNC, headers=headers))
    assert slug not in result["newly_solved"]  # its review card already exists
    questions = data(await client.get(f"{USER}/questions", headers=headers, params={"limit": 200}))
    row = next(q for q in questions if q["title_slug"] == slug)
    assert row["attempts"] == 2 and row["status"] == "solved"
    assert datetime.fromisoformat(row["first_solved_at"]) == accepted[slug]  # the earlier solve
    assert datetime.fromisoformat(row["last_attempted_at"]) == datetime.fromisoformat(
        tracked["last_attempted_at"]
    )
    cards = (await state(app, alice["user"]["id"]))["cards"]
    assert len(cards) == len(accepted) - 1


async def test_concurrent_syncs_import_each_submission_once(
    app, client, seeded, alice, fake_leetcode
):
    await link(client, alice)
    results = await asyncio.gather(*(client.post(SYNC, headers=alice["headers"]) for _ in range(4)))
    imported = [data(response)["imported"] for response in results]
    assert sum(imported) == len(submissions()) - 1
    activity = (await state(app, alice["user"]["id"]))["activity"]
    assert len(activity) == len(set(activity)) == len(submissions()) - 1


async def test_sync_when_leetcode_is_unreachable_is_503(app, client, seeded, alice, fake_leetcode):
    await link(client, alice)
    fake_leetcode.set_fault("down")
    error(await client.post(SYNC, headers=alice["headers"]), 503, "UPSTREAM_UNAVAILABLE")
    assert await state(app, alice["user"]["id"]) == {"progress": {}, "activity": [], "cards": []}


async def test_sync_for_an_unknown_leetcode_user_is_404(client, seeded, alice, fake_leetcode):
    await link(client, alice, "nobody-by-that-name")
    error(await client.post(SYNC, headers=alice["headers"]), 404, "NOT_FOUND")


async def test_each_user_syncs_their_own_account(app, client, seeded, alice, bob, fake_leetcode):
    await link(client, alice)
    await link(client, bob, leetcode_data.NEW_USER)
    data(await client.post(SYNC, headers=alice["headers"]))
    result = data(await client.post(SYNC, headers=bob["headers"]))
    assert result["newly_solved"] == sorted(submissions(leetcode_data.NEW_USER))
    assert set((await state(app, bob["user"]["id"]))["progress"]) == set(
        submissions(leetcode_data.NEW_USER)
    )
