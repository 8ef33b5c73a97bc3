"""Random grids of land (1) and water (0) of varied density: a dozen small ones, then three of
the largest allowed size, 50 x 50 (one mostly land, one sparse, one a winding corridor)."""

import random

from leettrack.problems.inputs import check_grid, random_grid, small_grids, snake_grid

MAX_SIDE = 50


def check(grid: list[list[int]]) -> None:
    check_grid(grid, MAX_SIDE, (0, 1))


def generate(rng: random.Random) -> list[list]:
    cases = [[grid] for grid in small_grids(rng, 12, 12, (0.0, 0.3, 0.5, 0.7), 1, 0)]
    cases.append([random_grid(rng, MAX_SIDE, MAX_SIDE, 0.8, 1, 0)])
    cases.append([random_grid(rng, MAX_SIDE, MAX_SIDE, 0.45, 1, 0)])
    cases.append([snake_grid(MAX_SIDE, 1, 0)])  # one long snake of an island
    return cases
