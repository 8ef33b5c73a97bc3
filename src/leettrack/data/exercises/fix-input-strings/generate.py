"""Fresh pairs of whole numbers, negative ones and spaced-out ones included."""

import random


def generate(rng: random.Random) -> list[dict]:
    cases = []
    for bound in (9, 100, 10**6, 10**12):
        first, second = rng.randint(-bound, bound), rng.randint(-bound, bound)
        pad = rng.choice(["", " ", "  "])
        cases.append({"stdin": f"{pad}{first}{pad}\n{second}\n"})
    return cases
