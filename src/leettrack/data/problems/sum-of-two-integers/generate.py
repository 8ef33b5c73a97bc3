"""Random pairs over the whole range -1000..1000, of every mix of signs, a few at the extremes."""

import random


def check(a: int, b: int) -> None:
    assert -1000 <= a <= 1000 and -1000 <= b <= 1000


def generate(rng: random.Random) -> list[list]:
    cases = [[rng.randint(-1000, 1000), rng.randint(-1000, 1000)] for _ in range(16)]
    cases += [[rng.choice([-1000, 1000]), rng.randint(-1000, 1000)] for _ in range(4)]
    return cases
