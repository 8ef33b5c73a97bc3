"""Random lists of 1 to 6 distinct numbers from -10 to 10; several of the largest size."""

import random


def check(nums: list[int]) -> None:
    assert 1 <= len(nums) <= 6
    assert all(-10 <= number <= 10 for number in nums)
    assert len(set(nums)) == len(nums), "distinct numbers"


def generate(rng: random.Random) -> list[list]:
    sizes = [rng.randint(1, 6) for _ in range(10)] + [6] * 4
    return [[rng.sample(range(-10, 11), size)] for size in sizes]
