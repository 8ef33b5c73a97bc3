"""Random sorted lists of distinct numbers rotated by a random amount (including not at all and
by one), searched for one of their numbers or, one time in three, for a number they lack:
thirty of up to 50 numbers and eight of the largest allowed size."""

import random

LIMIT = 10**4


def check(nums: list[int], target: int) -> None:
    assert 1 <= len(nums) <= 5000
    assert all(-LIMIT <= number <= LIMIT for number in nums) and -LIMIT <= target <= LIMIT
    assert len(set(nums)) == len(nums), "the numbers are all different"
    drops = sum(nums[i] > nums[(i + 1) % len(nums)] for i in range(len(nums)))
    assert drops <= 1, "a rotated increasing list"


def _case(rng: random.Random, size: int) -> list:
    drawn = rng.sample(range(-LIMIT, LIMIT + 1), size + 1)
    missing = drawn.pop()
    nums = sorted(drawn)
    shift = rng.choice((0, 1, size - 1, rng.randrange(size)))
    target = missing if rng.random() < 1 / 3 else rng.choice(nums)
    return [nums[shift:] + nums[:shift], target]


def generate(rng: random.Random) -> list[list]:
    return [_case(rng, rng.randint(1, 50)) for _ in range(30)] + [
        _case(rng, 5000) for _ in range(8)
    ]
