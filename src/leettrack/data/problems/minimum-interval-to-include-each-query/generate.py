"""Random intervals (short and long, some points) and queries in or between them; the two
largest cases have 3 * 10^4 intervals and queries each (smaller than the 10^5 allowed, to keep
the input short), where checking every interval for every query runs out of time."""

import random

TOP = 10**7


def check(intervals: list[list[int]], queries: list[int]) -> None:
    assert 1 <= len(intervals) <= 10**5 and 1 <= len(queries) <= 10**5
    assert all(len(pair) == 2 and 1 <= pair[0] <= pair[1] <= TOP for pair in intervals)
    assert all(1 <= query <= TOP for query in queries)


def _case(rng: random.Random, count: int, queries: int, top: int) -> list:
    intervals = []
    for _ in range(count):
        left = rng.randint(1, top)
        length = rng.choice((0, rng.randint(0, 10), rng.randint(0, top // 10 + 1)))
        intervals.append([left, min(top, left + length)])
    return [intervals, [rng.randint(1, top) for _ in range(queries)]]


def generate(rng: random.Random) -> list[list]:
    cases = [
        _case(rng, rng.randint(1, 10), rng.randint(1, 10), rng.choice((20, 1000, TOP)))
        for _ in range(12)
    ]
    cases += [_case(rng, 3 * 10**4, 3 * 10**4, TOP) for _ in range(2)]
    return cases
