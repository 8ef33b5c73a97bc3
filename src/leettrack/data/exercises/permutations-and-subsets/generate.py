"""Fresh lists of distinct numbers or letters, small enough for n! orderings."""

import random


def _distinct(rng: random.Random, size: int) -> list:
    if rng.random() < 0.5:
        return rng.sample(range(-9, 10), size)
    return rng.sample("abcdefghij", size)


def generate(rng: random.Random) -> list[dict]:
    cases = []
    for size in (0, 1, 2, 3, 4, 5):
        cases.append(
            {"call": "permutations", "args": [_distinct(rng, size)], "compare": "unordered"}
        )
    for size in (0, 1, 3, 5, 7):
        cases.append({"call": "power_set", "args": [_distinct(rng, size)], "compare": "unordered"})
    return cases
