"""Random grids of land ("1") and water ("0"): a dozen small ones of varied density, then two of
the largest allowed size, 300 x 300: one mostly land (one huge island) and one winding maze of
land corridors, where remembering visited cells in a list runs out of time."""

import random

from leettrack.problems.inputs import check_grid, random_grid, small_grids, snake_grid

MAX_SIDE = 300


def check(grid: list[list[str]]) -> None:
    check_grid(grid, MAX_SIDE, ("0", "1"))


def _maze(rng: random.Random, side: int) -> list[list[str]]:
    # Land rows joined at alternating ends, a few cut so that several long islands remain.
    grid = snake_grid(side, "1", "0")
    for _ in range(5):
        row = 2 * rng.randrange(side // 2)
        grid[row][rng.randrange(side)] = "0"
    return grid


def generate(rng: random.Random) -> list[list]:
    cases = [[grid] for grid in small_grids(rng, 12, 20, (0.2, 0.4, 0.5, 0.7), "1", "0")]
    cases.append([random_grid(rng, MAX_SIDE, MAX_SIDE, 0.75, "1", "0")])
    cases.append([_maze(rng, MAX_SIDE)])
    return cases
