"""Sorted arrays of distinct numbers in (-10^4, 10^4) with a target that is present (anywhere,
including both ends) or absent (below, above or between the numbers), and a few of the largest
size, 10^4 numbers."""

import random
from itertools import pairwise


def check(nums: list[int], target: int) -> None:
    assert 1 <= len(nums) <= 10**4
    assert all(-(10**4) < number < 10**4 for number in nums) and -(10**4) < target < 10**4
    assert all(a < b for a, b in pairwise(nums)), "sorted and distinct"


def _case(rng: random.Random, size: int) -> list:
    nums = sorted(rng.sample(range(-9999, 10**4), size))
    if rng.random() < 0.5:
        return [nums, rng.choice([nums[0], nums[-1], rng.choice(nums)])]
    target = rng.randint(-9999, 9999)
    while target in nums:
        target = rng.randint(-9999, 9999)
    return [nums, target]


def generate(rng: random.Random) -> list[list]:
    cases = [_case(rng, rng.randint(1, 20)) for _ in range(14)]
    cases += [_case(rng, 10**4) for _ in range(3)]
    return cases
