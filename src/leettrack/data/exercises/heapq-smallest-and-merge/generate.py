"""Fresh number lists with duplicates, k inside and outside the list, and sorted lists to
merge (some empty)."""

import random


def generate(rng: random.Random) -> list[dict]:
    cases = []
    for size in (1, 6, 15, 40):
        nums = [rng.randint(-25, 25) for _ in range(size)]
        cases.append({"call": "k_smallest", "args": [nums, rng.randint(0, size + 2)]})
        cases.append({"call": "kth_largest", "args": [nums, rng.randint(1, size)]})
    cases.append({"call": "kth_largest", "args": [[rng.randint(0, 9)], 2]})
    for count in (1, 3, 6):
        lists = [
            sorted(rng.randint(-30, 30) for _ in range(rng.choice([0, 1, 4, 9])))
            for _ in range(count)
        ]
        cases.append({"call": "merge_k_sorted", "args": [lists]})
    return cases
