"""Fresh matrices of random shapes (single rows and columns included), products whose shapes
fit, and now and then a pair whose shapes do not."""

import random


def _matrix(rng: random.Random, rows: int, columns: int) -> list[list[int]]:
    return [[rng.randint(-9, 9) for _ in range(columns)] for _ in range(rows)]


def generate(rng: random.Random) -> list[dict]:
    cases = []
    for _ in range(3):
        matrix = _matrix(rng, rng.randint(1, 5), rng.randint(1, 5))
        cases.append({"call": "transpose", "args": [matrix]})
        cases.append({"call": "rotate_clockwise", "args": [matrix]})
    for _ in range(3):
        rows, inner, columns = (rng.randint(1, 4) for _ in range(3))
        pair = [_matrix(rng, rows, inner), _matrix(rng, inner, columns)]
        cases.append({"call": "multiply", "args": pair})
    inner = rng.randint(1, 4)
    mismatched = [_matrix(rng, 2, inner), _matrix(rng, inner + rng.randint(1, 2), 3)]
    cases.append({"call": "multiply", "args": mismatched})
    return cases
