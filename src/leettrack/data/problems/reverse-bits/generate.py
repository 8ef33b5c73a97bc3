"""Random even numbers from 0 to 2^31 - 2: some uniform over the whole range, some of a random
bit length (so small numbers appear), and some with only a few bits set."""

import random

LARGEST = 2**31 - 2


def check(n: int) -> None:
    assert isinstance(n, int) and 0 <= n <= LARGEST and n % 2 == 0


def generate(rng: random.Random) -> list[list]:
    cases = [[2 * rng.randint(0, LARGEST // 2)] for _ in range(8)]
    cases += [[2 * rng.randint(0, 2 ** rng.randint(0, 30) - 1)] for _ in range(8)]
    cases += [
        [sum(1 << bit for bit in rng.sample(range(1, 31), rng.randint(1, 3)))] for _ in range(6)
    ]
    return cases
