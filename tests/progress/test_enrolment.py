"""Enrolment in paths and the enrolled paths' derived progress."""

from __future__ import annotations

from tests.paths.support import NEETCODE, PATHS, USER, data, error

ENROLLED = f"{USER}/learning-paths"


async def test_enroll_list_and_unenroll(client, seeded, alice):
    headers = alice["headers"]
    assert data(await client.get(ENROLLED, headers=headers)) == []
    enrolment = data(await client.post(f"{ENROLLED}/{NEETCODE}/enroll", headers=headers), 201)
    assert enrolment["slug"] == NEETCODE and enrolment["enrolled_at"].endswith("Z")
    error(await client.post(f"{ENROLLED}/{NEETCODE}/enroll", headers=headers), 409, "CONFLICT")
    blind = data(await client.get(f"{PATHS}/blind-75"))
    data(await client.post(f"{ENROLLED}/{blind['id']}/enroll", headers=headers), 201)
    for slug in ("two-sum", "contains-duplicate", "reverse-bits"):
        data(
            await client.put(f"{USER}/questions/{slug}", json={"status": "solved"}, headers=headers)
        )
    paths = data(await client.get(ENROLLED, headers=headers))
    assert [p["slug"] for p in paths] == [NEETCODE, "blind-75"]
    neetcode = paths[0]
    assert (neetcode["solved"], neetcode["total"], neetcode["percent"]) == (3, 150, 2.0)
    categories = {c["category"]: c for c in neetcode["by_category"]}
    assert categories["Arrays & Hashing"]["solved"] == 2
    assert categories["Bit Manipulation"]["solved"] == 1
    assert len(neetcode["by_category"]) == 18
    assert data(await client.get(f"{PATHS}/{NEETCODE}", headers=headers))["enrolled"] is True
    data(await client.delete(f"{ENROLLED}/{NEETCODE}/enroll", headers=headers))
    error(await client.delete(f"{ENROLLED}/{NEETCODE}/enroll", headers=headers), 404, "NOT_FOUND")
    assert [p["slug"] for p in data(await client.get(ENROLLED, headers=headers))] == ["blind-75"]
    # progress outlives the enrolment
    again = data(await client.get(f"{PATHS}/{NEETCODE}", headers=headers))
    assert again["enrolled"] is False and again["progress"]["solved"] == 3


async def test_enrolment_needs_a_visible_path(client, seeded, alice, bob, admin):
    private = data(await client.post(PATHS, json={"name": "Mine"}, headers=alice["headers"]), 201)
    url = f"{ENROLLED}/{private['slug']}/enroll"
    error(await client.post(url, headers=bob["headers"]), 404, "NOT_FOUND")
    error(
        await client.post(f"{ENROLLED}/no-such-path/enroll", headers=bob["headers"]),
        404,
        "NOT_FOUND",
    )
    data(await client.post(url, headers=alice["headers"]), 201)
    data(await client.post(url, headers=admin["headers"]), 201)
    error(await client.post(url), 401, "UNAUTHORIZED")
    error(await client.get(ENROLLED), 401, "UNAUTHORIZED")
    error(await client.delete(url), 401, "UNAUTHORIZED")


async def test_a_path_made_private_drops_out_of_followers_lists(client, seeded, alice, bob):
    shared = data(
        await client.post(
            PATHS, json={"name": "Shared", "is_public": True}, headers=alice["headers"]
        ),
        201,
    )
    data(await client.post(f"{ENROLLED}/{shared['id']}/enroll", headers=bob["headers"]), 201)
    assert len(data(await client.get(ENROLLED, headers=bob["headers"]))) == 1
    data(
        await client.patch(
            f"{PATHS}/{shared['id']}", json={"is_public": False}, headers=alice["headers"]
        )
    )
    assert data(await client.get(ENROLLED, headers=bob["headers"])) == []
    data(await client.delete(f"{ENROLLED}/{shared['id']}/enroll", headers=bob["headers"]))


async def test_deleting_a_path_ends_its_enrolments(client, seeded, alice):
    own = data(
        await client.post(PATHS, json={"name": "Short-lived"}, headers=alice["headers"]), 201
    )
    data(await client.post(f"{ENROLLED}/{own['slug']}/enroll", headers=alice["headers"]), 201)
    data(await client.delete(f"{PATHS}/{own['slug']}", headers=alice["headers"]))
    assert data(await client.get(ENROLLED, headers=alice["headers"])) == []
