"""Fresh players, numbers, lists to cut and courses to combine."""

import random

NAMES = ["ann", "bob", "cy", "dee", "eve", "fay", "gus"]
DISHES = ["soup", "salad", "fish", "pasta", "steak", "cake", "fruit", "cheese", "tart"]


def generate(rng: random.Random) -> list[dict]:
    cases = []
    for size in (2, 4, 7):
        cases.append({"call": "pairings", "args": [rng.sample(NAMES, size)]})
    for size in (1, 8):
        numbers = [rng.randint(-20, 20) for _ in range(size)]
        cases.append({"call": "running_totals", "args": [numbers]})
    for size in (0, 7, 13):
        items = [rng.randint(0, 99) for _ in range(size)]
        cases.append({"call": "chunks", "args": [items, rng.randint(1, 5)]})
    for count in (1, 2, 3):
        courses = [rng.sample(DISHES, rng.randint(1, 3)) for _ in range(count)]
        cases.append({"call": "menus", "args": courses})
    return cases
