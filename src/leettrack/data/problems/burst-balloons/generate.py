"""Random balloon rows with values from 0 to 100 (sometimes small values, sometimes many
zeros): a dozen short rows, then two of the largest size, 100 balloons, where trying every
order of bursting runs out of time."""

import random


def check(nums: list[int]) -> None:
    assert 1 <= len(nums) <= 100
    assert all(0 <= value <= 100 for value in nums)


def _row(rng: random.Random, size: int) -> list:
    high = rng.choice((3, 10, 100))
    zeros = rng.choice((0.0, 0.0, 0.3))
    return [[0 if rng.random() < zeros else rng.randint(0, high) for _ in range(size)]]


def generate(rng: random.Random) -> list[list]:
    cases = [_row(rng, rng.randint(1, 7)) for _ in range(12)]
    cases += [_row(rng, 100), _row(rng, 100)]
    return cases
