"""Random course lists whose order, if any, is unique: a hidden chain of all the courses plus
extra forward prerequisites, sometimes one backward pair that closes a circle. Small ones, and
the largest size (2000 courses, 5000 pairs) where rescanning the pairs per course is too slow."""

import itertools
import random

from leettrack.problems.inputs import forward_pairs, topological_order


def check(numCourses: int, prerequisites: list[list[int]]) -> None:
    n = numCourses
    assert 1 <= n <= 2000 and 0 <= len(prerequisites) <= 5000
    assert all(len(pair) == 2 and min(pair) >= 0 and max(pair) < n for pair in prerequisites)
    assert all(a != b for a, b in prerequisites)
    pairs = {tuple(pair) for pair in prerequisites}
    assert len(pairs) == len(prerequisites), "distinct pairs"
    unlocks: dict[int, list[int]] = {course: [] for course in range(n)}
    for a, b in prerequisites:
        unlocks[b].append(a)
    order, _ = topological_order(unlocks)
    if len(order) == n:  # the order is unique exactly when each course needs the one before it
        assert all((after, before) in pairs for before, after in itertools.pairwise(order))


def _case(rng: random.Random, n: int, pairs: int, circle: bool) -> list:
    order = rng.sample(range(n), n)
    chosen = {(order[i + 1], order[i]) for i in range(n - 1)}
    if n > 2:
        chosen = forward_pairs(rng, order, pairs, chosen)
    if circle and n > 1:
        i = rng.randrange(n - 1) if n < 100 else rng.randrange(n - 20, n - 1)
        j = rng.randrange(i + 1, n)
        chosen.add((order[i], order[j]))
    prerequisites = [list(pair) for pair in chosen]
    rng.shuffle(prerequisites)
    return [n, prerequisites]


def generate(rng: random.Random) -> list[list]:
    cases = [
        _case(rng, rng.randint(1, 8), rng.randint(0, 12), rng.random() < 0.3) for _ in range(12)
    ]
    cases += [_case(rng, 2000, 4999, False) for _ in range(5)]
    cases.append(_case(rng, 2000, 4999, True))
    return cases
