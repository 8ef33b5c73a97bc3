"""A dozen short random lists (narrow value ranges give duplicates), a longer one of only a
few distinct values, then two of the largest allowed length, 2500: random values over the full
range and a noisy upward trend. Trying every subsequence runs out of time there, while the
O(n^2) table still fits the time limit, as on LeetCode."""

import random

LIMIT = 10**4


def check(nums: list[int]) -> None:
    assert 1 <= len(nums) <= 2500
    assert all(-LIMIT <= number <= LIMIT for number in nums)


def generate(rng: random.Random) -> list[list]:
    cases = []
    for _ in range(12):
        spread = rng.choice([3, 20, LIMIT])
        cases.append([[rng.randint(-spread, spread) for _ in range(rng.randint(1, 40))]])
    cases.append([[rng.randint(0, 5) for _ in range(600)]])
    size = 2500
    cases.append([[rng.randint(-LIMIT, LIMIT) for _ in range(size)]])
    cases.append([[min(LIMIT, -LIMIT + 8 * i + rng.randint(0, 400)) for i in range(size)]])
    return cases
