"""Random lists (zeros and repeats included) with a target that is usually reachable, and
several of the largest size (20 numbers), where trying all 2^20 sign choices is too slow."""

import random


def check(nums: list[int], target: int) -> None:
    assert 1 <= len(nums) <= 20
    assert all(0 <= number <= 1000 for number in nums) and sum(nums) <= 1000
    assert -1000 <= target <= 1000


def _case(rng: random.Random, size: int, high: int) -> list:
    nums = [rng.randint(0, high) for _ in range(size)]
    while sum(nums) > 1000:
        nums[rng.randrange(size)] //= 2
    if rng.random() < 0.8:  # the sum of some choice of signs
        target = sum(number * rng.choice([1, -1]) for number in nums)
    else:
        target = rng.randint(-1000, 1000)
    return [nums, target]


def generate(rng: random.Random) -> list[list]:
    cases = [_case(rng, rng.randint(1, 10), rng.choice([3, 50, 1000])) for _ in range(14)]
    cases += [_case(rng, 20, rng.choice([2, 10, 50])) for _ in range(24)]
    return cases
