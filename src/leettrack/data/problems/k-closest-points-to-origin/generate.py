"""Random points (small boards with duplicates, or the full range), k drawn until the k-th and
(k + 1)-th distances differ; the largest cases have 10^4 points and k near n / 2."""

import random

LIMIT = 10**4


def _distances(points: list[list[int]]) -> list[int]:
    return sorted(x * x + y * y for x, y in points)


def check(points: list[list[int]], k: int) -> None:
    assert 1 <= k <= len(points) <= 10**4
    assert all(len(point) == 2 and all(-LIMIT <= c <= LIMIT for c in point) for point in points)
    distances = _distances(points)
    assert k == len(points) or distances[k - 1] < distances[k], "the answer is unique"


def _case(rng: random.Random, size: int, spread: int, middle: bool = False) -> list:
    points = [[rng.randint(-spread, spread), rng.randint(-spread, spread)] for _ in range(size)]
    distances = _distances(points)
    choices = [k for k in range(1, size + 1) if k == size or distances[k - 1] < distances[k]]
    if middle:
        return [points, min(choices, key=lambda k: abs(k - size // 2))]
    return [points, rng.choice(choices)]


def generate(rng: random.Random) -> list[list]:
    cases = [_case(rng, rng.randint(1, 10), rng.choice([3, 50, LIMIT])) for _ in range(14)]
    cases += [_case(rng, 10**4, LIMIT, middle=True) for _ in range(2)]
    return cases
