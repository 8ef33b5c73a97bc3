"""Fresh lists, sorted or not, and values inside, outside and on the edges of ranges."""

import random


def generate(rng: random.Random) -> list[dict]:
    cases = []
    for size in (0, 1, 2, 5, 9):
        items = [rng.randint(-5, 5) for _ in range(size)]
        if rng.random() < 0.5:
            items.sort()
        cases.append({"call": "is_sorted", "args": [items]})
    for _ in range(4):
        low = rng.randint(-50, 50)
        high = low + rng.randint(0, 30)
        value = rng.choice([low, high, rng.randint(low - 10, high + 10)])
        cases.append({"call": "in_range", "args": [value, low, high]})
    return cases
