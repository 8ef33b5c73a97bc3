"""Fresh matrices: square, wide, tall, one row, one column."""

import random


def generate(rng: random.Random) -> list[dict]:
    cases = []
    for rows, columns in ((1, rng.randint(1, 6)), (rng.randint(2, 6), 1), (4, 4), (3, 7), (6, 2)):
        matrix = [[rng.randint(0, 99) for _ in range(columns)] for _ in range(rows)]
        cases.append({"call": "spiral_order", "args": [matrix]})
    return cases
