"""Random positive numbers below 2^31: some uniform over the whole range, some of a random bit
length (so small numbers appear) and some with only a few bits cleared or set."""

import random

LARGEST = 2**31 - 1


def check(n: int) -> None:
    assert isinstance(n, int) and 1 <= n <= LARGEST


def _few_bits(rng: random.Random, bits: int) -> int:
    return sum(1 << position for position in rng.sample(range(31), bits))


def generate(rng: random.Random) -> list[list]:
    cases = [[rng.randint(1, LARGEST)] for _ in range(8)]
    cases += [[rng.randint(1, 2 ** rng.randint(1, 31) - 1)] for _ in range(8)]
    cases += [[_few_bits(rng, rng.randint(1, 3))] for _ in range(4)]
    cases += [[LARGEST ^ _few_bits(rng, rng.randint(1, 3))] for _ in range(4)]
    return cases
