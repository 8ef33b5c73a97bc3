"""Random square grids of every size from 1 to 20 (the largest allowed) with values over the whole
range or a few values only."""

import random

LIMIT = 1000


def check(matrix: list[list[int]]) -> None:
    n = len(matrix)
    assert 1 <= n <= 20
    assert all(len(row) == n for row in matrix)
    assert all(-LIMIT <= value <= LIMIT for row in matrix for value in row)


def _case(rng: random.Random, n: int) -> list:
    low, high = rng.choice([(-LIMIT, LIMIT), (0, 9)])
    return [[[rng.randint(low, high) for _ in range(n)] for _ in range(n)]]


def generate(rng: random.Random) -> list[list]:
    return [_case(rng, n) for n in range(1, 21)]
