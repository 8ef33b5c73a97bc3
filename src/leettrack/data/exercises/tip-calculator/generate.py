"""Fresh bills, tips and party sizes, and a few invalid ones."""

import random


def generate(rng: random.Random) -> list[dict]:
    cases = []
    for _ in range(5):
        total = round(rng.uniform(1, 500), 2)
        tip = rng.choice([0, 5, 10, 12.5, 15, 18, 20, 25])
        cases.append({"call": "split_bill", "args": [total, tip, rng.randint(1, 12)],
                      "compare": "approx"})
    cases.append({"call": "split_bill", "args": [round(rng.uniform(1, 99), 2), 10, 0]})
    cases.append({"call": "split_bill", "args": [-round(rng.uniform(1, 99), 2), 10, 2]})
    return cases
