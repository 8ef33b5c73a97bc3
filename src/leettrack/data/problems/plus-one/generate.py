"""Random numbers of 1 to 100 digits, many ending in a run of nines (all nines too)."""

import random


def check(digits: list[int]) -> None:
    assert 1 <= len(digits) <= 100
    assert all(0 <= digit <= 9 for digit in digits)
    assert digits[0] != 0 or digits == [0], "no leading zero"


def _case(rng: random.Random, size: int) -> list:
    nines = rng.choice([0, rng.randint(0, size), size])
    digits = [rng.randint(0, 9) for _ in range(size - nines)] + [9] * nines
    if digits[0] == 0 and size > 1:
        digits[0] = rng.randint(1, 9)
    return [digits]


def generate(rng: random.Random) -> list[list]:
    return [_case(rng, rng.randint(1, 12)) for _ in range(12)] + [_case(rng, 100) for _ in range(3)]
