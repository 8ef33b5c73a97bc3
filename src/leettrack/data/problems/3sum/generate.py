"""Random lists: a dozen short ones of small numbers (many triplets and repeats), one of 400
numbers of -50..50 (heavily repeated), and one of the largest allowed size spread widely, where
trying every three positions runs out of time."""

import random

LIMIT = 10**5


def check(nums: list[int]) -> None:
    assert 3 <= len(nums) <= 3000
    assert all(-LIMIT <= number <= LIMIT for number in nums)


def generate(rng: random.Random) -> list[list]:
    cases = []
    for _ in range(12):
        spread = rng.choice((2, 5, 20, LIMIT))
        cases.append([[rng.randint(-spread, spread) for _ in range(rng.randint(3, 25))]])
    cases.append([[rng.randint(-50, 50) for _ in range(400)]])
    cases.append([[rng.randint(-LIMIT, LIMIT) for _ in range(3000)]])
    return cases
