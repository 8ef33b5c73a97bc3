"""Up to 12 random sorted lists of 0-20 nodes each, a dozen times; then the largest inputs, 10^4
nodes in all: 10^4 single-node lists, 5000 lists of two nodes, and 20 lists of 500 nodes."""

import random

LIMIT = 10**4


def check(lists: list[list[int]]) -> None:
    assert 0 <= len(lists) <= 10**4
    assert sum(len(values) for values in lists) <= 10**4
    for values in lists:
        assert len(values) <= 500
        assert all(-LIMIT <= value <= LIMIT for value in values)
        assert values == sorted(values), "each list is sorted"


def _sorted(rng: random.Random, size: int) -> list[int]:
    return sorted(rng.randint(-LIMIT, LIMIT) for _ in range(size))


def generate(rng: random.Random) -> list[list]:
    cases = [
        [[_sorted(rng, rng.randint(0, 20)) for _ in range(rng.randint(0, 12))]] for _ in range(12)
    ]
    for count, size in ((10**4, 1), (5000, 2), (20, 500)):
        cases.append([[_sorted(rng, size) for _ in range(count)]])
    return cases
