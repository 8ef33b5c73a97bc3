"""Fresh intervals in random order: overlapping, nested, touching and apart, some reaching
outside the day."""

import random


def _intervals(rng: random.Random, count: int) -> list[list[int]]:
    intervals = []
    for _ in range(count):
        start = rng.randint(0, 60)
        intervals.append([start, start + rng.choice([0, 1, 2, 5, 10, 20])])
    return intervals


def generate(rng: random.Random) -> list[dict]:
    cases = []
    for count in (0, 1, 3, 6, 12):
        cases.append({"call": "merge_intervals", "args": [_intervals(rng, count)]})
    for count in (0, 2, 5, 10):
        day_start = rng.randint(0, 20)
        day_end = day_start + rng.randint(10, 60)
        cases.append({"call": "free_slots", "args": [_intervals(rng, count), day_start, day_end]})
    return cases
