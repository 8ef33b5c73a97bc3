"""Fresh sorted lists of distinct numbers, searched for values in them and between them."""

import random


def generate(rng: random.Random) -> list[dict]:
    cases = []
    for size in (1, 2, 7, 16, 33, 100):
        items = sorted(rng.sample(range(-500, 500), size))
        cases.append({"call": "binary_search", "args": [items, rng.choice(items)]})
        cases.append({"call": "binary_search", "args": [items, rng.choice(items) + 1000]})
    return cases
