"""Fresh point clouds, names with any number of middle names, and lists of pairs."""

import random

NAMES = ["Ada", "Alan", "Grace", "Edsger", "Barbara", "Donald", "Frances", "Niklaus", "Radia"]


def generate(rng: random.Random) -> list[dict]:
    cases = []
    for size in (1, 4, 12):
        points = [[rng.randint(-99, 99), rng.randint(-99, 99)] for _ in range(size)]
        cases.append({"call": "bounding_box", "args": [points]})
        name = (" " * rng.randint(1, 2)).join(rng.choices(NAMES, k=rng.randint(2, 5)))
        cases.append({"call": "split_name", "args": [name]})
        pairs = [[rng.randint(0, 9), rng.choice(NAMES)] for _ in range(size)]
        cases.append({"call": "swap_pairs", "args": [pairs]})
    cases.append({"call": "split_name", "args": [rng.choice(NAMES)]})
    return cases
