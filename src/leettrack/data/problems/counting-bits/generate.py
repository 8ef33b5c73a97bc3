"""A dozen random n up to 2000 (one of them 0), then the largest allowed, n = 10^5, and a
power of two close to it."""

import random


def check(n: int) -> None:
    assert isinstance(n, int) and 0 <= n <= 10**5


def generate(rng: random.Random) -> list[list]:
    return [[0]] + [[rng.randint(1, 2000)] for _ in range(11)] + [[10**5], [2**16]]
