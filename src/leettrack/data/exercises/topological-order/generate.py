"""Fresh course plans: random acyclic requirements over a shuffled ranking of courses, and now
and then an edge against the ranking, which may close a cycle."""

import random

COURSES = [f"{name}{level}" for name in ("math", "code", "data", "web") for level in (1, 2, 3)]


def _plan(rng: random.Random, size: int, backward: bool) -> dict[str, list[str]]:
    ranked = rng.sample(COURSES, size)  # a course may only require courses ranked before it
    plan: dict[str, list[str]] = {}
    for position in range(1, size):
        count = rng.randint(0, min(3, position))
        if count:
            plan[ranked[position]] = rng.sample(ranked[:position], count)
    if backward:
        early, late = sorted(rng.sample(range(size), 2))
        plan.setdefault(ranked[early], []).append(ranked[late])
    return plan


def generate(rng: random.Random) -> list[dict]:
    cases = []
    for size, backward in ((3, False), (6, False), (9, False), (12, False), (6, True), (10, True)):
        plan = _plan(rng, size, backward)
        cases.append({"call": "course_order", "args": [plan]})
        cases.append({"call": "semesters", "args": [plan]})
    return cases
