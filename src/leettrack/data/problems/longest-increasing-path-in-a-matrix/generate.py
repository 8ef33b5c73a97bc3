"""Random matrices: a dozen small ones with values from small ranges (many ties) or the full
range, then two of the largest size, 200 x 200: a random one, and one whose first 50 rows climb
along a snake 10^4 cells long (random values elsewhere), where searching anew from every cell
without remembering results runs out of time."""

import random

MAX_SIDE = 200
LARGEST = 2**31 - 1


def check(matrix: list[list[int]]) -> None:
    assert 1 <= len(matrix) <= MAX_SIDE and 1 <= len(matrix[0]) <= MAX_SIDE
    assert all(len(row) == len(matrix[0]) for row in matrix)
    assert all(0 <= value <= LARGEST for row in matrix for value in row)


def _random(rng: random.Random, rows: int, cols: int, high: int) -> list[list[int]]:
    return [[rng.randint(0, high) for _ in range(cols)] for _ in range(rows)]


def _snake(rng: random.Random) -> list[list[int]]:
    matrix = _random(rng, MAX_SIDE, MAX_SIDE, 10**6)
    step = 10**5
    for r in range(50):
        for c in range(MAX_SIDE):
            along = r * MAX_SIDE + (c if r % 2 == 0 else MAX_SIDE - 1 - c)
            matrix[r][c] = 10**6 + along * step + rng.randrange(step // 2)
    return matrix


def generate(rng: random.Random) -> list[list]:
    cases = [
        [_random(rng, rng.randint(1, 10), rng.randint(1, 10), rng.choice((1, 5, 50, LARGEST)))]
        for _ in range(12)
    ]
    cases.append([_random(rng, MAX_SIDE, MAX_SIDE, LARGEST)])
    cases.append([_snake(rng)])
    return cases
