"""Random grids of every shape up to the largest allowed, 10 x 10, values from the whole range."""

import random


def check(matrix: list[list[int]]) -> None:
    assert 1 <= len(matrix) <= 10
    assert 1 <= len(matrix[0]) <= 10
    assert all(len(row) == len(matrix[0]) for row in matrix)
    assert all(-100 <= value <= 100 for row in matrix for value in row)


def generate(rng: random.Random) -> list[list]:
    shapes = [(rng.randint(1, 10), rng.randint(1, 10)) for _ in range(12)]
    shapes += [(10, 10), (10, 9), (1, 10), (10, 1)]
    return [
        [[[rng.randint(-100, 100) for _ in range(cols)] for _ in range(rows)]]
        for rows, cols in shapes
    ]
