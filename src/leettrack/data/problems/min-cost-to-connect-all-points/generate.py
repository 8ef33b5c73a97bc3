"""Random sets of different points: a dozen small ones in small or huge squares, then one of
the largest allowed size, 1000 points, spread over the whole range, where recomputing every
distance between the tree and the other points at each step runs out of time."""

import random

LIMIT = 10**6


def check(points: list[list[int]]) -> None:
    assert 1 <= len(points) <= 1000
    assert all(len(point) == 2 and all(-LIMIT <= v <= LIMIT for v in point) for point in points)
    assert len({tuple(point) for point in points}) == len(points), "all points differ"


def _points(rng: random.Random, size: int, spread: int) -> list:
    chosen: set[tuple[int, int]] = set()
    size = min(size, (2 * spread + 1) ** 2)
    while len(chosen) < size:
        chosen.add((rng.randint(-spread, spread), rng.randint(-spread, spread)))
    points = [list(point) for point in chosen]
    rng.shuffle(points)
    return [points]


def generate(rng: random.Random) -> list[list]:
    cases = [_points(rng, rng.randint(1, 15), rng.choice((2, 10, LIMIT))) for _ in range(12)]
    cases.append(_points(rng, 1000, LIMIT))
    return cases
