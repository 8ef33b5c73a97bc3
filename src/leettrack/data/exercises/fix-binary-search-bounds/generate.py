"""Fresh sorted lists with runs of duplicates; targets and ranges inside, at the edges and
beyond both ends."""

import random


def generate(rng: random.Random) -> list[dict]:
    cases = []
    for size in (0, 1, 4, 9, 20):
        items = sorted(rng.randint(0, 12) for _ in range(size))
        for target in (rng.randint(-2, 14), rng.choice(items) if items else 0, 15):
            cases.append({"call": "first_at_least", "args": [items, target]})
            cases.append({"call": "first_greater", "args": [items, target]})
        low = rng.randint(-3, 13)
        cases.append({"call": "count_between", "args": [items, low, low + rng.randint(-2, 8)]})
    return cases
