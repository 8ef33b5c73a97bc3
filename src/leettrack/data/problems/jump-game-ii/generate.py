"""Random jump lists whose last position can be reached (zeros included where they do not block),
up to the largest length (10^4), where looking back from every position runs out of time."""

import random


def check(nums: list[int]) -> None:
    assert 1 <= len(nums) <= 10**4
    assert all(0 <= number <= 1000 for number in nums)
    reach = 0
    for index, number in enumerate(nums[:-1]):
        assert index <= reach, "the last position can be reached"
        reach = max(reach, index + number)
    assert reach >= len(nums) - 1, "the last position can be reached"


def _case(rng: random.Random, size: int, most: int) -> list:
    nums, reach = [], 0
    for index in range(size):
        number = rng.randint(0, most)
        if index < size - 1 and reach == index and number == 0:
            number = 1  # a zero here would block the way
        nums.append(number)
        reach = max(reach, index + number)
    return [nums]


def generate(rng: random.Random) -> list[list]:
    cases = [_case(rng, rng.randint(1, 30), rng.choice((2, 5, 1000))) for _ in range(12)]
    cases += [_case(rng, 10**4, most) for most in (5, 20, 100, 1000, 1000)]
    return cases
