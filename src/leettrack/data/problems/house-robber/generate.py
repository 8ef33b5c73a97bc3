"""A dozen short random streets (some with many empty houses), then two of the largest allowed
length, 100 houses: there trying every allowed choice of houses runs out of time."""

import random


def check(nums: list[int]) -> None:
    assert 1 <= len(nums) <= 100
    assert all(0 <= money <= 400 for money in nums)


def _street(rng: random.Random, size: int) -> list[int]:
    empty = rng.random() / 2
    return [0 if rng.random() < empty else rng.randint(0, 400) for _ in range(size)]


def generate(rng: random.Random) -> list[list]:
    return [[_street(rng, rng.randint(1, 20))] for _ in range(12)] + [
        [_street(rng, 100)] for _ in range(2)
    ]
