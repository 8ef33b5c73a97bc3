"""Random lists: a dozen short ones, about half with a repeated value, then the largest allowed
size twice: all values different, and one repeat at the far end. Comparing every pair of
positions runs out of time on these."""

import random

LIMIT = 10**9


def check(nums: list[int]) -> None:
    assert 1 <= len(nums) <= 10**5
    assert all(-LIMIT <= number <= LIMIT for number in nums)


def _distinct(rng: random.Random, size: int) -> list[int]:
    return rng.sample(range(-LIMIT, LIMIT + 1), size)


def generate(rng: random.Random) -> list[list]:
    cases = []
    for _ in range(12):
        nums = _distinct(rng, rng.randint(1, 30))
        if len(nums) > 1 and rng.random() < 0.5:
            nums[rng.randrange(len(nums))] = rng.choice(nums)
        cases.append([nums])
    largest = _distinct(rng, 10**5)
    cases.append([largest])
    repeated = largest[:]
    repeated[-1] = repeated[-2]
    cases.append([repeated])
    return cases
