"""Random pairs of distinct values plus one single value, shuffled; the largest lists (29999
numbers) put the single one near the end, where looking for every value's partner runs out of
time."""

import random
from collections import Counter

LIMIT = 3 * 10**4


def check(nums: list[int]) -> None:
    assert 1 <= len(nums) <= 3 * 10**4
    assert all(-LIMIT <= number <= LIMIT for number in nums)
    counts = sorted(Counter(nums).values())
    assert counts[0] == 1 and (len(counts) == 1 or counts[1] == 2) and counts[-1] <= 2


def _case(rng: random.Random, pairs: int, last: bool) -> list:
    values = rng.sample(range(-LIMIT, LIMIT + 1), pairs + 1)
    nums = values[1:] * 2
    rng.shuffle(nums)
    nums.insert(len(nums) - rng.randint(0, 5) if last else rng.randint(0, len(nums)), values[0])
    return [nums]


def generate(rng: random.Random) -> list[list]:
    cases = [_case(rng, rng.randint(0, 20), last=False) for _ in range(12)]
    cases += [_case(rng, (3 * 10**4 - 1) // 2, last=True) for _ in range(2)]
    return cases
