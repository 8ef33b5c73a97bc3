"""Random permutations of 0..n²-1 in small grids, and the largest size (50 x 50) with the
highest numbers laid across the middle row, so that the answer is high and trying every
time in turn is too slow."""

import random


def check(grid: list[list[int]]) -> None:
    n = len(grid)
    assert 1 <= n <= 50 and all(len(row) == n for row in grid)
    assert sorted(value for row in grid for value in row) == list(range(n * n))


def _case(rng: random.Random, n: int, barrier: bool) -> list:
    values = rng.sample(range(n * n), n * n)
    if barrier:
        middle = rng.sample(range(n * n - n, n * n), n)
        values = [v for v in values if v < n * n - n]
        grid = [values[r * n : (r + 1) * n] for r in range(n - 1)]
        grid.insert(n // 2, middle)
        return [grid]
    return [[values[r * n : (r + 1) * n] for r in range(n)]]


def generate(rng: random.Random) -> list[list]:
    cases = [_case(rng, rng.randint(1, 7), False) for _ in range(12)]
    cases += [_case(rng, 50, False)] + [_case(rng, 50, True) for _ in range(5)]
    return cases
