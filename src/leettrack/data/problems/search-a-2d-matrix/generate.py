"""Matrices whose numbers, read row by row, increase (drawn as a sorted sample of distinct
numbers in [-10^4, 10^4]), with a target present or absent; shapes from 1 x 1 to the largest,
100 x 100, including single rows and single columns."""

import random
from itertools import pairwise


def check(matrix: list[list[int]], target: int) -> None:
    assert 1 <= len(matrix) <= 100 and 1 <= len(matrix[0]) <= 100
    assert all(len(row) == len(matrix[0]) for row in matrix)
    flat = [value for row in matrix for value in row]
    assert all(-(10**4) <= value <= 10**4 for value in flat) and -(10**4) <= target <= 10**4
    assert all(a < b for a, b in pairwise(flat)), "rows sorted, each after the previous"


def _case(rng: random.Random, rows: int, cols: int) -> list:
    flat = sorted(rng.sample(range(-(10**4), 10**4 + 1), rows * cols))
    matrix = [flat[row * cols : (row + 1) * cols] for row in range(rows)]
    target = rng.choice(flat) if rng.random() < 0.5 else rng.randint(-(10**4), 10**4)
    return [matrix, target]


def generate(rng: random.Random) -> list[list]:
    cases = [_case(rng, rng.randint(1, 6), rng.randint(1, 6)) for _ in range(12)]
    cases += [_case(rng, 1, 30), _case(rng, 30, 1)]
    cases += [_case(rng, 100, 100) for _ in range(3)]
    return cases
