"""Fresh expressions with every operator, decimals, negatives, spacing, and broken ones."""

import random

SYMBOLS = ["+", "-", "*", "/"]
BROKEN = ["2 ^ 3", "x + 1", "1 +", "4 / 2 / 1", "", "3 % 2", "1+2", "7 // 2"]


def _number(rng: random.Random) -> str:
    if rng.random() < 0.5:
        return str(rng.randint(-99, 99))
    return str(round(rng.uniform(-99, 99), rng.randint(1, 2)))


def _expression(rng: random.Random) -> str:
    gap = " " * rng.randint(1, 3)
    return gap.join([_number(rng), rng.choice(SYMBOLS), _number(rng)])


def generate(rng: random.Random) -> list[dict]:
    cases = [
        {"call": "calculate", "args": [_expression(rng)], "compare": "approx"} for _ in range(6)
    ]
    cases.append({"call": "calculate", "args": [f"{_number(rng)} / 0"]})
    cases.append({"call": "calculate", "args": [rng.choice(BROKEN)]})
    lines = [_expression(rng) for _ in range(4)] + [rng.choice(BROKEN), f"{rng.randint(1, 9)} / 0"]
    rng.shuffle(lines)
    cases.append({"stdin": "\n".join(lines) + "\n"})
    return cases
