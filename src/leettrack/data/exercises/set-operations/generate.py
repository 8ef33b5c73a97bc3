"""Fresh member lists drawn from a small pool of names, so that they overlap, with repeats."""

import random

NAMES = ["ann", "bob", "cy", "dee", "eve", "fay", "gus", "hal", "ivy", "jo", "kai", "lu"]


def generate(rng: random.Random) -> list[dict]:
    cases = []
    for _ in range(6):
        first = rng.choices(NAMES, k=rng.randint(0, 8))
        second = rng.choices(NAMES, k=rng.randint(0, 8))
        cases.append({"call": "compare_clubs", "args": [first, second]})
    return cases
