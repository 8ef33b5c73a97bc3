"""Fresh lists of whole and decimal numbers, and an empty one."""

import random


def generate(rng: random.Random) -> list[dict]:
    cases = []
    for size in (1, 2, 3, 7, 20):
        numbers = [rng.choice([rng.randint(-100, 100), round(rng.uniform(-50, 50), 2)])
                   for _ in range(size)]
        cases.append({"call": "average", "args": [numbers], "compare": "approx"})
    cases.append({"call": "average", "args": [[]]})
    return cases
