"""Random lists of 1 and -1 with a few other factors, so every prefix and suffix product stays
in 32 bits: a dozen short ones (up to five factors of -30..30, some zeros), and one of the
largest allowed size with fifteen factors of magnitude 2 or 3, where multiplying the others
afresh for every position runs out of time."""

import random

INT_MIN, INT_MAX = -(2**31), 2**31 - 1


def check(nums: list[int]) -> None:
    assert 2 <= len(nums) <= 10**5
    assert all(-30 <= number <= 30 for number in nums)
    for ordered in (nums, nums[::-1]):
        product = 1
        for number in ordered:
            product *= number
            assert INT_MIN <= product <= INT_MAX, "prefix and suffix products fit in 32 bits"


def _case(rng: random.Random, size: int, factors: list[int], zeros: int) -> list[int]:
    nums = [rng.choice((1, -1)) for _ in range(size)]
    for factor in factors:
        nums[rng.randrange(size)] = factor
    for _ in range(zeros):
        nums[rng.randrange(size)] = 0
    return nums


def generate(rng: random.Random) -> list[list]:
    cases = []
    for _ in range(12):
        factors = [rng.randint(-30, 30) for _ in range(rng.randint(0, 5))]
        cases.append([_case(rng, rng.randint(2, 12), factors, rng.choice((0, 0, 1, 2)))])
    cases.append([_case(rng, 10**5, [rng.choice((-3, -2, 2, 3)) for _ in range(15)], 0)])
    return cases
