"""Random sorted lists: small ones (one of them possibly empty, many duplicates or very
different ranges) and a few of the largest size (1000 each, or 2000 in total with one empty)."""

import itertools
import random

LIMIT = 10**6


def check(nums1: list[int], nums2: list[int]) -> None:
    assert 0 <= len(nums1) <= 1000 and 0 <= len(nums2) <= 1000
    assert 1 <= len(nums1) + len(nums2) <= 2000
    for nums in (nums1, nums2):
        assert all(-LIMIT <= value <= LIMIT for value in nums)
        assert all(a <= b for a, b in itertools.pairwise(nums)), "sorted"


def _sorted(rng: random.Random, size: int, low: int, high: int) -> list[int]:
    return sorted(rng.randint(low, high) for _ in range(size))


def _case(rng: random.Random, m: int, n: int) -> list:
    spread = rng.choice([3, 100, LIMIT])
    low1 = rng.randint(-LIMIT, LIMIT - 1)
    low2 = rng.choice([low1, rng.randint(-LIMIT, LIMIT - 1)])
    return [
        _sorted(rng, m, max(-LIMIT, low1 - spread), min(LIMIT, low1 + spread)),
        _sorted(rng, n, max(-LIMIT, low2 - spread), min(LIMIT, low2 + spread)),
    ]


def generate(rng: random.Random) -> list[list]:
    cases = []
    for _ in range(14):
        m, n = rng.randint(0, 8), rng.randint(0, 8)
        if m + n == 0:
            n = 1
        cases.append(_case(rng, m, n))
    cases += [
        _case(rng, 1000, 1000),
        _case(rng, 0, 1000),
        _case(rng, 1000, 1),
        _case(rng, 999, 1000),
    ]
    return cases
