"""Fresh lists with negatives and zeros; queries over valid ranges (single items and the whole
list included), and targets that occur often."""

import random


def generate(rng: random.Random) -> list[dict]:
    cases = []
    for size in (1, 5, 12, 40):
        nums = [rng.randint(-6, 6) for _ in range(size)]
        queries = [sorted(rng.choices(range(size), k=2)) for _ in range(rng.randint(1, 8))]
        queries.append([0, size - 1])
        cases.append({"call": "range_sums", "args": [nums, queries]})
        cases.append({"call": "count_subarrays_with_sum", "args": [nums, rng.randint(-4, 4)]})
        cases.append({"call": "count_subarrays_with_sum", "args": [nums, 0]})
    return cases
