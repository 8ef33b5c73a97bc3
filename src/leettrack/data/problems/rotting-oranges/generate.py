"""Random grids up to the largest size (10 x 10) with random densities of empty cells and few or
many rotten oranges, so that some have oranges that never rot."""

import random


def check(grid: list[list[int]]) -> None:
    assert 1 <= len(grid) <= 10 and 1 <= len(grid[0]) <= 10
    assert all(len(row) == len(grid[0]) for row in grid)
    assert all(cell in (0, 1, 2) for row in grid for cell in row)


def _grid(rng: random.Random, rows: int, cols: int) -> list:
    empty, rotten = rng.random() * 0.4, rng.random() * 0.1
    weights = [empty, 1 - empty - rotten, rotten]
    return [[rng.choices((0, 1, 2), weights)[0] for _ in range(cols)] for _ in range(rows)]


def generate(rng: random.Random) -> list[list]:
    cases = [[_grid(rng, rng.randint(1, 10), rng.randint(1, 10))] for _ in range(20)]
    cases += [[_grid(rng, 10, 10)] for _ in range(4)]
    return cases
