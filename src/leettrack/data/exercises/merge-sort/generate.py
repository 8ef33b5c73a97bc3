"""Fresh lists to sort: duplicates, negatives, already sorted, reversed."""

import random


def generate(rng: random.Random) -> list[dict]:
    cases = []
    for size in (0, 1, 2, 9, 40):
        items = [rng.randint(-30, 30) for _ in range(size)]
        cases.append({"call": "merge_sort", "args": [items]})
    ordered = sorted(rng.randint(-99, 99) for _ in range(12))
    cases.append({"call": "merge_sort", "args": [ordered[::-1]]})
    return cases
