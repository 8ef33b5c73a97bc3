"""Fresh lists of small numbers, so that many triples and many repeats occur."""

import random


def generate(rng: random.Random) -> list[dict]:
    cases = []
    for size in (2, 3, 6, 12, 25, 60):
        nums = [rng.randint(-12, 12) for _ in range(size)]
        cases.append({"call": "three_sum", "args": [nums]})
        cases.append({"call": "three_sum", "args": [nums, rng.randint(-15, 15)]})
    return cases
