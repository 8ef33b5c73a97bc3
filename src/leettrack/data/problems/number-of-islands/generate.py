"""Random grids of land ("1") and water ("0"): a dozen small ones of varied density, then two of
the largest allowed size, 300 x 300: one mostly land (one huge island) and one winding maze of
land corridors, where remembering visited cells in a list runs out of time."""

import random

MAX_SIDE = 300


def check(grid: list[list[str]]) -> None:
    assert 1 <= len(grid) <= MAX_SIDE
    assert 1 <= len(grid[0]) <= MAX_SIDE
    assert all(len(row) == len(grid[0]) for row in grid)
    assert all(cell in ("0", "1") for row in grid for cell in row)


def _random(rng: random.Random, rows: int, cols: int, land: float) -> list[list[str]]:
    return [["1" if rng.random() < land else "0" for _ in range(cols)] for _ in range(rows)]


def _maze(rng: random.Random, side: int) -> list[list[str]]:
    # Land rows joined at alternating ends, a few cut so that several long islands remain.
    grid = [["1" if row % 2 == 0 else "0" for _ in range(side)] for row in range(side)]
    for row in range(1, side, 2):
        grid[row][side - 1 if row % 4 == 1 else 0] = "1"
    for _ in range(5):
        row = 2 * rng.randrange(side // 2)
        grid[row][rng.randrange(side)] = "0"
    return grid


def generate(rng: random.Random) -> list[list]:
    cases = [
        [_random(rng, rng.randint(1, 20), rng.randint(1, 20), rng.choice((0.2, 0.4, 0.5, 0.7)))]
        for _ in range(12)
    ]
    cases.append([_random(rng, MAX_SIDE, MAX_SIDE, 0.75)])
    cases.append([_maze(rng, MAX_SIDE)])
    return cases
