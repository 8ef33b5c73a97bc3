"""Fresh series with windows smaller than, equal to and larger than the series, and logs."""

import random


def generate(rng: random.Random) -> list[dict]:
    cases = []
    for size in (1, 6, 20):
        values = [rng.choice([rng.randint(-50, 50), round(rng.uniform(-10, 10), 2)])
                  for _ in range(size)]
        for window in (1, rng.randint(2, 6), size):
            cases.append({"call": "moving_averages", "args": [values, window],
                          "compare": "approx"})
    for size in (0, 4, 15):
        lines = [f"line {number}" for number in range(1, size + 1)]
        cases.append({"call": "tail", "args": [lines, rng.randint(0, 10)]})
    return cases
