"""Random arrays with random window widths (including 1 and the whole array), a sorted and a
reversed one, and two of the largest size (10^5 numbers, windows of half of them), where taking
the maximum of every window anew runs out of time."""

import random


def check(nums: list[int], k: int) -> None:
    assert 1 <= len(nums) <= 10**5
    assert all(-(10**4) <= number <= 10**4 for number in nums)
    assert 1 <= k <= len(nums)


def _case(rng: random.Random, size: int, spread: int, k: int | None = None) -> list:
    nums = [rng.randint(-spread, spread) for _ in range(size)]
    return [nums, k if k is not None else rng.randint(1, size)]


def generate(rng: random.Random) -> list[list]:
    cases = [_case(rng, rng.randint(1, 20), rng.choice([3, 10**4])) for _ in range(12)]
    cases += [_case(rng, 30, 100, 1), _case(rng, 30, 100, 30)]
    cases += [[sorted(_case(rng, 50, 10**4)[0]), 7], [sorted(_case(rng, 50, 10**4)[0])[::-1], 7]]
    cases += [_case(rng, 10**5, 10**4, 5 * 10**4) for _ in range(2)]
    return cases
