"""Random lists (small numbers or the full range, even totals more often than not) and the
largest size (200 numbers), including all-even lists whose half total is odd, which no subset
reaches: trying every subset never finishes there."""

import random


def check(nums: list[int]) -> None:
    assert 1 <= len(nums) <= 200
    assert all(1 <= number <= 100 for number in nums)


def _case(rng: random.Random, size: int, high: int) -> list:
    nums = [rng.randint(1, high) for _ in range(size)]
    if sum(nums) % 2 and rng.random() < 0.7:
        nums[0] += 1 if nums[0] < 100 else -1
    return [nums]


def _all_even(rng: random.Random) -> list:
    nums = [2 * rng.randint(1, 50) for _ in range(200)]
    while sum(nums) % 4 != 2:  # half the total is odd
        nums[-1] = 2 * rng.randint(1, 50)
    return [nums]


def generate(rng: random.Random) -> list[list]:
    cases = [_case(rng, rng.randint(1, 12), rng.choice([5, 100])) for _ in range(14)]
    cases += [_case(rng, 200, 100), _case(rng, 200, 100), _all_even(rng)]
    return cases
