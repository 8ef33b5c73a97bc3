"""Random grids of 1-8 rows and columns with a few zeros (values from the whole range, extremes
included), then the largest allowed, 200 x 200: with a few zeros, with a zero in the top-left
corner only, and a single row and a single column of 200 cells."""

import random

LOW, HIGH = -(2**31), 2**31 - 1


def check(matrix: list[list[int]]) -> None:
    assert 1 <= len(matrix) <= 200
    assert 1 <= len(matrix[0]) <= 200
    assert all(len(row) == len(matrix[0]) for row in matrix)
    assert all(LOW <= value <= HIGH for row in matrix for value in row)


def _value(rng: random.Random) -> int:
    return rng.choice([rng.randint(LOW, HIGH), rng.randint(-9, 9) or 1, LOW, HIGH])


def _grid(rng: random.Random, rows: int, cols: int, zeros: int) -> list[list[int]]:
    grid = [[_value(rng) for _ in range(cols)] for _ in range(rows)]
    for _ in range(zeros):
        grid[rng.randrange(rows)][rng.randrange(cols)] = 0
    return grid


def generate(rng: random.Random) -> list[list]:
    cases = []
    for _ in range(12):
        rows, cols = rng.randint(1, 8), rng.randint(1, 8)
        cases.append([_grid(rng, rows, cols, rng.randint(0, 3))])
    cases.append([_grid(rng, 200, 200, 15)])
    corner = _grid(rng, 200, 200, 0)
    corner[0][0] = 0
    cases.append([corner])
    cases.append([_grid(rng, 1, 200, 2)])
    cases.append([_grid(rng, 200, 1, 2)])
    return cases
