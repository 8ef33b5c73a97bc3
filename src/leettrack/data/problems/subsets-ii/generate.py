"""Random lists with repeats (values from a small or the full range), of every length up to the
largest (10), including ten distinct values (1024 subsets)."""

import random


def check(nums: list[int]) -> None:
    assert 1 <= len(nums) <= 10
    assert all(-10 <= number <= 10 for number in nums)


def generate(rng: random.Random) -> list[list]:
    cases = []
    for _ in range(12):
        low = rng.randint(-10, 7)
        high = rng.randint(low, min(10, low + rng.choice((1, 3, 20))))
        cases.append([[rng.randint(low, high) for _ in range(rng.randint(1, 10))]])
    cases.append([rng.sample(range(-10, 11), 10)])
    cases.append([[rng.randint(-2, 2) for _ in range(10)]])
    return cases
