"""A dozen short shuffled ranges with one random number left out (often 0 or n), then six of
the largest allowed length, 10^4, missing a number near the top, where looking each candidate
up in the list runs out of time."""

import random


def check(nums: list[int]) -> None:
    n = len(nums)
    assert 1 <= n <= 10**4
    assert all(0 <= number <= n for number in nums)
    assert len(set(nums)) == n


def _case(rng: random.Random, n: int, missing: int) -> list:
    nums = [number for number in range(n + 1) if number != missing]
    rng.shuffle(nums)
    return [nums]


def generate(rng: random.Random) -> list[list]:
    cases = []
    for _ in range(12):
        n = rng.randint(1, 30)
        cases.append(_case(rng, n, rng.choice([0, n, rng.randint(0, n)])))
    largest = 10**4
    cases += [_case(rng, largest, largest - rng.randint(0, 100)) for _ in range(6)]
    return cases
