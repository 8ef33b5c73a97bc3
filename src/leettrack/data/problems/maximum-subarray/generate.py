"""Random lists: a dozen short ones (some all negative), and two of the largest allowed size
(values of either sign, and mostly negative ones), where adding up every run runs out of time."""

import random

LIMIT = 10**4


def check(nums: list[int]) -> None:
    assert 1 <= len(nums) <= 10**5
    assert all(-LIMIT <= number <= LIMIT for number in nums)


def generate(rng: random.Random) -> list[list]:
    cases = []
    for _ in range(12):
        size = rng.randint(1, 30)
        high = rng.choice((-1, 5, 100, LIMIT))
        cases.append([[rng.randint(-LIMIT, high) for _ in range(size)]])
    cases.append([[rng.randint(-LIMIT, LIMIT) for _ in range(10**5)]])
    cases.append([[rng.randint(-LIMIT, LIMIT // 20) for _ in range(10**5)]])
    return cases
