"""Sorted lists of disjoint intervals (0-15 of them, some empty) with a random new interval,
then the largest allowed size, 10^4 intervals, with a new interval in the middle, over the whole
range, and at the very end."""

import random

LIMIT = 10**5


def check(intervals: list[list[int]], newInterval: list[int]) -> None:
    assert 0 <= len(intervals) <= 10**4
    for interval in [*intervals, newInterval]:
        assert len(interval) == 2
        assert 0 <= interval[0] <= interval[1] <= LIMIT
    for left, right in zip(intervals, intervals[1:]):
        assert left[1] < right[0], "sorted and disjoint"


def _disjoint(rng: random.Random, count: int, high: int) -> list[list[int]]:
    points = sorted(rng.sample(range(high + 1), 2 * count))
    return [[points[index], points[index + 1]] for index in range(0, 2 * count, 2)]


def _new(rng: random.Random, high: int) -> list[int]:
    start = rng.randint(0, high)
    return [start, rng.randint(start, min(high, start + high // 4))]


def generate(rng: random.Random) -> list[list]:
    cases = []
    for _ in range(12):
        high = rng.choice([20, 100, LIMIT])
        count = rng.randint(0, min(15, high // 2))
        cases.append([_disjoint(rng, count, high), _new(rng, high)])
    big = 10**4
    for interval in ([LIMIT // 2, LIMIT // 2 + 500], [0, LIMIT], [LIMIT, LIMIT]):
        cases.append([_disjoint(rng, big, LIMIT - 1), interval])
    return cases
