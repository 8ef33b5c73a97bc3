"""Random intervals in a small range (1-15 of them, so that many clash), then the largest inputs:
5 * 10^4 intervals over the whole range, and 10^5 short ones crowded into [0, 3000]."""

import random

LIMIT = 5 * 10**4


def check(intervals: list[list[int]]) -> None:
    assert 1 <= len(intervals) <= 10**5
    for interval in intervals:
        assert len(interval) == 2
        assert -LIMIT <= interval[0] < interval[1] <= LIMIT


def _intervals(rng: random.Random, count: int, low: int, high: int) -> list[list[int]]:
    longest = max(1, (high - low) // 8)
    starts = [rng.randint(low, high - 1) for _ in range(count)]
    return [[start, min(high, start + rng.randint(1, longest))] for start in starts]


def generate(rng: random.Random) -> list[list]:
    cases = []
    for _ in range(12):
        low = rng.randint(-LIMIT, LIMIT - 10)
        high = min(LIMIT, low + rng.choice([10, 40, 1000]))
        cases.append([_intervals(rng, rng.randint(1, 15), low, high)])
    cases.append([_intervals(rng, 5 * 10**4, -LIMIT, LIMIT)])
    cases.append([_intervals(rng, 10**5, 0, 3000)])
    return cases
