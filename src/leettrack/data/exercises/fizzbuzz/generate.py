"""Fresh lengths, and single entries far down the list."""

import random


def generate(rng: random.Random) -> list[dict]:
    cases = [{"call": "fizzbuzz", "args": [rng.randint(0, 60)]} for _ in range(3)]
    for _ in range(3):
        n = rng.randint(100, 5000)
        cases.append({"expr": f"fizzbuzz({n})[{rng.randint(0, n - 1)}]"})
    return cases
