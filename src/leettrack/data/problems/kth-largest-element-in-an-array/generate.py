"""Random arrays (some with many duplicates) and a random k; the two largest cases have 10^5
elements and k near the middle, where picking the maximum k times runs out of time."""

import random


def check(nums: list[int], k: int) -> None:
    assert 1 <= k <= len(nums) <= 10**5
    assert all(-(10**4) <= number <= 10**4 for number in nums)


def _case(rng: random.Random, size: int, spread: int, k: int | None = None) -> list:
    nums = [rng.randint(-spread, spread) for _ in range(size)]
    return [nums, k if k is not None else rng.randint(1, size)]


def generate(rng: random.Random) -> list[list]:
    cases = [_case(rng, rng.randint(1, 40), rng.choice((3, 10**4))) for _ in range(12)]
    cases.append(_case(rng, 10**5, 10**4, k=rng.randint(40000, 60000)))
    cases.append(_case(rng, 10**5, 50, k=rng.randint(40000, 60000)))
    return cases
