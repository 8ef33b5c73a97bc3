"""Random walls: a dozen short lists (low, high, or sorted heights) and one of the largest
allowed size, where trying every pair of walls runs out of time."""

import random

LIMIT = 10**4


def check(height: list[int]) -> None:
    assert 2 <= len(height) <= 10**5
    assert all(0 <= wall <= LIMIT for wall in height)


def generate(rng: random.Random) -> list[list]:
    cases = []
    for _ in range(12):
        top = rng.choice((3, 100, LIMIT))
        height = [rng.randint(0, top) for _ in range(rng.randint(2, 30))]
        if rng.random() < 0.25:
            height.sort(reverse=rng.random() < 0.5)
        cases.append([height])
    cases.append([[rng.randint(0, LIMIT) for _ in range(10**5)]])
    return cases
