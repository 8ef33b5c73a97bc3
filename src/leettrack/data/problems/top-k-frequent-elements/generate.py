"""Random lists whose values have skewed frequencies, with k drawn among the cut-offs that keep
the answer unique: a dozen short lists, and two of the largest allowed size with thousands of
different values, where scanning the list once per value runs out of time."""

import random
from collections import Counter

LIMIT = 10**4


def _cutoffs(nums: list[int]) -> list[int]:
    """Every k for which the k most frequent values are unambiguous."""
    counts = sorted(Counter(nums).values(), reverse=True) + [0]
    return [k for k in range(1, len(counts)) if counts[k - 1] > counts[k]]


def check(nums: list[int], k: int) -> None:
    assert 1 <= len(nums) <= 10**5
    assert all(-LIMIT <= number <= LIMIT for number in nums)
    assert 1 <= k <= len(set(nums))
    assert k in _cutoffs(nums), "the answer is unique"


def _case(rng: random.Random, size: int, values: int) -> list:
    pool = rng.sample(range(-LIMIT, LIMIT + 1), values)
    weights = [rng.random() ** 3 for _ in pool]
    nums = rng.choices(pool, weights, k=size)
    return [nums, rng.choice(_cutoffs(nums))]


def generate(rng: random.Random) -> list[list]:
    cases = [_case(rng, rng.randint(1, 40), rng.randint(1, 12)) for _ in range(12)]
    cases.append(_case(rng, 10**5, 5000))
    cases.append(_case(rng, 10**5, 2 * LIMIT + 1))
    return cases
