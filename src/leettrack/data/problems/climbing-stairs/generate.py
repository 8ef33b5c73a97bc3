"""A dozen random staircase heights, then the two tallest allowed (44 and 45 steps), where
counting every sequence of moves one by one runs out of time."""

import random


def check(n: int) -> None:
    assert isinstance(n, int) and 1 <= n <= 45


def generate(rng: random.Random) -> list[list]:
    return [[rng.randint(1, 45)] for _ in range(12)] + [[44], [45]]
