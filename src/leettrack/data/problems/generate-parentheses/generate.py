"""Every allowed n from 1 to 8 in a random order, then the largest (8) again."""

import random


def check(n: int) -> None:
    assert isinstance(n, int) and 1 <= n <= 8


def generate(rng: random.Random) -> list[list]:
    return [[n] for n in rng.sample(range(1, 9), 8)] + [[8]]
