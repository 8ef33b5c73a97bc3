"""Fresh sorted lists with long runs of duplicates; targets inside, between, below and above
the values."""

import random


def generate(rng: random.Random) -> list[dict]:
    cases = []
    for size in (0, 1, 5, 12, 30):
        nums = sorted(rng.randint(-10, 10) for _ in range(size))
        low, high = (nums[0], nums[-1]) if nums else (0, 0)
        for target in (rng.choice(nums) if nums else 0, rng.randint(low - 3, high + 3)):
            cases.append({"call": "search_range", "args": [nums, target]})
            cases.append({"call": "insertion_point", "args": [nums, target]})
    return cases
