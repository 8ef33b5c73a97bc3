"""Random schedules of 0-15 meetings (some clash, some do not), then the largest allowed, 10^4
meetings: back-to-back ones in shuffled order, the same with one pair clashing at the very end
of the list, and disjoint ones with gaps between them."""

import random

from leettrack.problems.inputs import disjoint_intervals

LIMIT = 10**6


def check(intervals: list[list[int]]) -> None:
    assert 0 <= len(intervals) <= 10**4
    for interval in intervals:
        assert len(interval) == 2
        assert 0 <= interval[0] < interval[1] <= LIMIT


def generate(rng: random.Random) -> list[list]:
    cases = []
    for _ in range(12):
        meetings = disjoint_intervals(rng, rng.randint(0, 15), LIMIT, touching=rng.random() < 0.5)
        if meetings and rng.random() < 0.5:  # one meeting that clashes with another
            start, end = rng.choice(meetings)
            clash_start = rng.randint(start, end - 1)
            clash = [clash_start, min(LIMIT, clash_start + rng.randint(1, 10))]
            meetings.insert(rng.randint(0, len(meetings)), clash)
        cases.append([meetings])
    big = 10**4
    cases.append([disjoint_intervals(rng, big, LIMIT, touching=True)])
    clashing = disjoint_intervals(rng, big - 1, LIMIT, touching=True)
    start, end = clashing[-1]
    cases.append([[*clashing, [start, end + 1]]])
    cases.append([disjoint_intervals(rng, big, LIMIT)])
    return cases
