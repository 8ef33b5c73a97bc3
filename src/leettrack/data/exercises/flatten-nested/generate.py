"""Fresh lists of numbers nested at random depths, empty lists included."""

import random


def _nested(rng: random.Random, levels: int) -> list:
    items: list = []
    for _ in range(rng.randint(0, 4)):
        if levels and rng.random() < 0.4:
            items.append(_nested(rng, levels - 1))
        else:
            items.append(rng.randint(-20, 20))
    return items


def generate(rng: random.Random) -> list[dict]:
    cases = []
    for levels in (0, 1, 3, 5, 7):
        nested = _nested(rng, levels)
        cases.append({"call": "flatten", "args": [nested]})
        cases.append({"call": "depth", "args": [nested]})
    return cases
