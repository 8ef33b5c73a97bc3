"""Pairs of sorted random lists of 0-50 nodes each (duplicates likely), ending with two full
lists of 50."""

import random


def check(list1: list[int], list2: list[int]) -> None:
    for values in (list1, list2):
        assert 0 <= len(values) <= 50
        assert all(-100 <= value <= 100 for value in values)
        assert values == sorted(values), "each list is sorted"


def _sorted(rng: random.Random, size: int) -> list[int]:
    return sorted(rng.randint(-100, 100) for _ in range(size))


def generate(rng: random.Random) -> list[list]:
    cases = [[_sorted(rng, rng.randint(0, 12)), _sorted(rng, rng.randint(0, 12))] for _ in range(12)]
    return [*cases, [_sorted(rng, 50), _sorted(rng, 50)]]
