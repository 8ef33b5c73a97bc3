"""Random grids of land (1) and water (0) of varied density: a dozen small ones, then three of
the largest allowed size, 50 x 50 (one mostly land, one sparse, one a winding corridor)."""

import random

MAX_SIDE = 50


def check(grid: list[list[int]]) -> None:
    assert 1 <= len(grid) <= MAX_SIDE
    assert 1 <= len(grid[0]) <= MAX_SIDE
    assert all(len(row) == len(grid[0]) for row in grid)
    assert all(cell in (0, 1) for row in grid for cell in row)


def _random(rng: random.Random, rows: int, cols: int, land: float) -> list[list[int]]:
    return [[int(rng.random() < land) for _ in range(cols)] for _ in range(rows)]


def _winding(side: int) -> list[list[int]]:
    # Land rows joined at alternating ends: one long snake of an island.
    grid = [[1 - row % 2] * side for row in range(side)]
    for row in range(1, side, 2):
        grid[row][side - 1 if row % 4 == 1 else 0] = 1
    return grid


def generate(rng: random.Random) -> list[list]:
    cases = [
        [_random(rng, rng.randint(1, 12), rng.randint(1, 12), rng.choice((0.0, 0.3, 0.5, 0.7)))]
        for _ in range(12)
    ]
    cases.append([_random(rng, MAX_SIDE, MAX_SIDE, 0.8)])
    cases.append([_random(rng, MAX_SIDE, MAX_SIDE, 0.45)])
    cases.append([_winding(MAX_SIDE)])
    return cases
