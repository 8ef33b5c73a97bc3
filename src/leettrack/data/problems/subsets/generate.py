"""Random lists of distinct numbers from -10 to 10, of every length up to the largest (10)."""

import random


def check(nums: list[int]) -> None:
    assert 1 <= len(nums) <= 10
    assert all(-10 <= number <= 10 for number in nums)
    assert len(set(nums)) == len(nums), "the numbers are distinct"


def generate(rng: random.Random) -> list[list]:
    sizes = [rng.randint(1, 9) for _ in range(12)] + [10, 10]
    return [[rng.sample(range(-10, 11), size)] for size in sizes]
