"""Random numbers from 1 to 2^31 - 1 of every length (about one in seven is happy), plus a few
known happy ones."""

import random


def check(n: int) -> None:
    assert 1 <= n <= 2**31 - 1


def generate(rng: random.Random) -> list[list]:
    cases = [[rng.randint(1, 10 ** rng.randint(1, 9))] for _ in range(20)]
    cases += [[rng.choice((7, 10, 13, 19, 23, 28, 31, 32, 44, 49, 68, 70, 79, 82, 86, 91, 94))]]
    cases += [[rng.randint(1, 2**31 - 1)] for _ in range(3)]
    return cases
