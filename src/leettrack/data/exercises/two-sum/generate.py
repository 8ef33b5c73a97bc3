"""Fresh two-sum inputs: lists with a pair that adds up to the target, and lists without."""

import random


def generate(rng: random.Random) -> list[dict]:
    cases = []
    for size in (2, 3, 5, 8, 12, 20):
        nums = [rng.randint(-60, 60) for _ in range(size)]
        i, j = rng.sample(range(size), 2)
        cases.append({"call": "two_sum", "args": [nums, nums[i] + nums[j]]})
    odd = [rng.randrange(-41, 41, 2) for _ in range(6)]  # odd numbers never sum to an odd target
    cases.append({"call": "two_sum", "args": [odd, rng.randrange(-99, 99, 2) + 1]})
    return cases
