"""Random meetings (1-15 of them) in a small window so that many clash, then the largest allowed,
10^4 meetings: random ones over the whole day, and shuffled back-to-back ones (one room)."""

import random

from leettrack.problems.inputs import disjoint_intervals

LIMIT = 10**6


def check(intervals: list[list[int]]) -> None:
    assert 1 <= len(intervals) <= 10**4
    for interval in intervals:
        assert len(interval) == 2
        assert 0 <= interval[0] < interval[1] <= LIMIT


def _meetings(rng: random.Random, count: int, window: int) -> list[list[int]]:
    meetings = []
    for _ in range(count):
        start = rng.randint(0, window - 1)
        meetings.append([start, rng.randint(start + 1, min(window, start + window // 3 + 1))])
    return meetings


def generate(rng: random.Random) -> list[list]:
    cases = [[_meetings(rng, rng.randint(1, 15), rng.choice([5, 30, LIMIT]))] for _ in range(12)]
    cases.append([_meetings(rng, 10**4, LIMIT)])
    cases.append([disjoint_intervals(rng, 10**4, LIMIT, touching=True)])
    return cases
