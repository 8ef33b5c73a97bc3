"""Fresh numbers for each helper: factorials, pairs sharing a factor, lists to average."""

import random


def generate(rng: random.Random) -> list[dict]:
    cases = [{"call": "factorial", "args": [rng.randint(0, 25)]}]
    cases.append({"call": "factorial", "args": [-rng.randint(1, 9)]})
    for name in ("gcd", "lcm"):
        for _ in range(3):
            common = rng.randint(1, 30)
            pair = [common * rng.randint(-40, 40), common * rng.randint(-40, 40)]
            cases.append({"call": name, "args": pair})
    for size in (1, 4, 9):
        numbers = [rng.choice([rng.randint(-100, 100), round(rng.uniform(-50, 50), 2)])
                   for _ in range(size)]
        cases.append({"call": "mean", "args": [numbers], "compare": "approx"})
    cases += [{"call": "is_even", "args": [rng.randint(-1000, 1000)]} for _ in range(3)]
    return cases
