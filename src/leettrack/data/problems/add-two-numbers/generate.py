"""Pairs of random numbers of 1 to 100 digits, stored lowest digit first: a dozen short ones,
some full of nines so that the carry runs along the whole list, and two of 100 digits each."""

import random


def check(l1: list[int], l2: list[int]) -> None:
    for digits in (l1, l2):
        assert 1 <= len(digits) <= 100
        assert all(0 <= digit <= 9 for digit in digits)
        assert digits == [0] or digits[-1] != 0, "no leading zero"


def _number(rng: random.Random, size: int, nines: bool = False) -> list[int]:
    if nines:
        return [9] * size
    digits = [rng.randint(0, 9) for _ in range(size - 1)]
    return digits + [rng.randint(1, 9) if size > 1 else rng.randint(0, 9)]


def generate(rng: random.Random) -> list[list]:
    cases = [[_number(rng, rng.randint(1, 8)), _number(rng, rng.randint(1, 8))] for _ in range(10)]
    cases.append([_number(rng, rng.randint(1, 30), nines=True), [1]])
    cases.append([_number(rng, 100, nines=True), _number(rng, rng.randint(1, 100), nines=True)])
    cases.append([_number(rng, 100), _number(rng, 100)])
    cases.append([_number(rng, 100), _number(rng, rng.randint(1, 10))])
    return cases
