"""Random lists, thinned out (factors replaced by 0, 1 or -1) until every run's product fits in
32 bits: a dozen short ones of -10..10, and two of the largest allowed size, mostly 1 and -1
with a few factors of size 2 or 3 (the second also some zeros), where multiplying out every run
runs out of time."""

import random

INT_MAX = 2**31 - 1


def check(nums: list[int]) -> None:
    assert 1 <= len(nums) <= 2 * 10**4
    assert all(-10 <= number <= 10 for number in nums)
    # Between zeros no factor is smaller than 1 in size: the whole stretch has the largest one.
    magnitude = 1
    for number in nums:
        magnitude = abs(number) * magnitude if number else 1
        assert magnitude <= INT_MAX, "every run's product fits in 32 bits"


def _fit(rng: random.Random, nums: list[int]) -> list[int]:
    while True:
        try:
            check(nums)
            return nums
        except AssertionError:
            nums[rng.randrange(len(nums))] = rng.choice((0, 1, -1))


def _largest(rng: random.Random, factors: int, zeros: int) -> list[int]:
    size = 2 * 10**4
    nums = [rng.choice((1, -1)) for _ in range(size)]
    for _ in range(factors):
        nums[rng.randrange(size)] = rng.choice((-3, -2, 2, 3))
    for _ in range(zeros):
        nums[rng.randrange(size)] = 0
    return _fit(rng, nums)


def generate(rng: random.Random) -> list[list]:
    cases = []
    for _ in range(12):
        cases.append([_fit(rng, [rng.randint(-10, 10) for _ in range(rng.randint(1, 20))])])
    cases.append([_largest(rng, 18, 0)])
    cases.append([_largest(rng, 60, 4)])
    return cases
