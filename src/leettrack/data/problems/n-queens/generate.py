"""Board sizes from 1 to 9 in random order, and the largest (9) twice, where trying every column
in every row (9^9 boards) runs out of time."""

import random


def check(n: int) -> None:
    assert 1 <= n <= 9


def generate(rng: random.Random) -> list[list]:
    sizes = rng.sample(range(1, 9), 8) + [9, 9]
    return [[size] for size in sizes]
