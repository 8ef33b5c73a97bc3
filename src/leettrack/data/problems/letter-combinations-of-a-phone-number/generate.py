"""Random digit strings of length 0 to 4 (repeated digits included), several of length 4
with the four-letter keys 7 and 9."""

import random


def check(digits: str) -> None:
    assert 0 <= len(digits) <= 4
    assert all(digit in "23456789" for digit in digits)


def generate(rng: random.Random) -> list[list]:
    cases = [["".join(rng.choices("23456789", k=rng.randint(0, 4)))] for _ in range(12)]
    cases += [["".join(rng.choices("79", k=4))] for _ in range(2)]
    return cases
