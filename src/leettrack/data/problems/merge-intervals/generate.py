"""Random short lists of intervals in a small range (so that many overlap), then two of the
largest allowed size, 10^4 intervals: twice 5000 disjoint ones, each given twice, shuffled;
and random short intervals spread over the whole range."""

import random

LIMIT = 10**4


def check(intervals: list[list[int]]) -> None:
    assert 1 <= len(intervals) <= 10**4
    for interval in intervals:
        assert len(interval) == 2
        assert 0 <= interval[0] <= interval[1] <= LIMIT


def _interval(rng: random.Random, high: int, longest: int) -> list[int]:
    start = rng.randint(0, high)
    return [start, min(high, start + rng.randint(0, longest))]


def generate(rng: random.Random) -> list[list]:
    cases = []
    for _ in range(12):
        high = rng.choice([5, 30, 100, LIMIT])
        size = rng.randint(1, 15)
        cases.append([[_interval(rng, high, high // 4 + 1) for _ in range(size)]])
    for _ in range(2):
        disjoint = [[2 * index, 2 * index + 1] for index in range(5000)] * 2
        rng.shuffle(disjoint)
        cases.append([disjoint])
    cases.append([[_interval(rng, LIMIT, 2) for _ in range(LIMIT)]])
    return cases
