"""A dozen short random circles of houses (some with many empty houses, some with a rich first
and last house), then two of the largest allowed size, 100 houses: there trying every allowed
choice of houses runs out of time."""

import random


def check(nums: list[int]) -> None:
    assert 1 <= len(nums) <= 100
    assert all(0 <= money <= 1000 for money in nums)


def _circle(rng: random.Random, size: int) -> list[int]:
    empty = rng.random() / 2
    houses = [0 if rng.random() < empty else rng.randint(0, 1000) for _ in range(size)]
    if rng.random() < 0.3:
        houses[0] = houses[-1] = 1000  # both ends tempting, only one may be taken
    return houses


def generate(rng: random.Random) -> list[list]:
    return [[_circle(rng, rng.randint(1, 20))] for _ in range(12)] + [
        [_circle(rng, 100)] for _ in range(2)
    ]
