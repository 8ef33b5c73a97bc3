"""Random schedules of 0-15 meetings (some clash, some do not), then the largest allowed, 10^4
meetings: back-to-back ones in shuffled order, the same with one pair clashing at the very end
of the list, and disjoint ones with gaps between them."""

import random

LIMIT = 10**6


def check(intervals: list[list[int]]) -> None:
    assert 0 <= len(intervals) <= 10**4
    for interval in intervals:
        assert len(interval) == 2
        assert 0 <= interval[0] < interval[1] <= LIMIT


def _disjoint(rng: random.Random, count: int, touching: bool) -> list[list[int]]:
    """``count`` meetings that do not clash (sharing end points when ``touching``), shuffled."""
    points = sorted(rng.sample(range(LIMIT + 1), count + 1 if touching else 2 * count))
    if touching:
        meetings = [[points[index], points[index + 1]] for index in range(count)]
    else:
        meetings = [[points[index], points[index + 1]] for index in range(0, 2 * count, 2)]
    rng.shuffle(meetings)
    return meetings


def generate(rng: random.Random) -> list[list]:
    cases = []
    for _ in range(12):
        meetings = _disjoint(rng, rng.randint(0, 15), rng.random() < 0.5)
        if meetings and rng.random() < 0.5:  # one meeting that clashes with another
            start, end = rng.choice(meetings)
            clash_start = rng.randint(start, end - 1)
            clash = [clash_start, min(LIMIT, clash_start + rng.randint(1, 10))]
            meetings.insert(rng.randint(0, len(meetings)), clash)
        cases.append([meetings])
    big = 10**4
    cases.append([_disjoint(rng, big, True)])
    clashing = _disjoint(rng, big - 1, True)
    start, end = clashing[-1]
    cases.append([[*clashing, [start, end + 1]]])
    cases.append([_disjoint(rng, big, False)])
    return cases
