"""Random lists made of runs of consecutive values (with repeats), shuffled: a dozen short ones,
and two of the largest allowed size, one a single shuffled run of 10^5 values and one of
scattered values around a long run, where walking upwards from every value runs out of time."""

import random

LIMIT = 10**9


def check(nums: list[int]) -> None:
    assert 0 <= len(nums) <= 10**5
    assert all(-LIMIT <= number <= LIMIT for number in nums)


def _runs(rng: random.Random, lengths: list[int], spread: int) -> list[int]:
    nums: list[int] = []
    for length in lengths:
        start = rng.randint(-spread, spread - length)
        nums += range(start, start + length)
    return nums


def generate(rng: random.Random) -> list[list]:
    cases = []
    for _ in range(12):
        nums = _runs(rng, [rng.randint(1, 6) for _ in range(rng.randint(0, 6))], 30)
        nums += rng.choices(nums, k=len(nums) // 3)  # repeats
        rng.shuffle(nums)
        cases.append([nums])
    single = _runs(rng, [10**5], LIMIT)
    rng.shuffle(single)
    cases.append([single])
    mixed = _runs(rng, [60000], LIMIT) + _runs(rng, [rng.randint(1, 10) for _ in range(5000)], LIMIT)
    mixed = mixed[: 10**5 - 10000]
    mixed += rng.choices(mixed, k=10000)
    rng.shuffle(mixed)
    cases.append([mixed])
    return cases
