"""Fresh weights and heights in every category, kept clear of the category limits, and a few
invalid entries."""

import random

LIMITS = (18.5, 25, 30)
INVALID = ["0", "-60", "abc", "", "1.7m"]


def generate(rng: random.Random) -> list[dict]:
    cases = []
    while len(cases) < 6:
        weight = round(rng.uniform(35, 160), rng.choice([0, 1]))
        height = round(rng.uniform(140, 210), rng.choice([0, 1]))
        bmi = weight / (height / 100) ** 2
        if all(abs(bmi - limit) > 0.05 for limit in LIMITS):
            cases.append({"stdin": f"{weight:g}\n{height:g}\n"})
    valid = f"{rng.randint(40, 120)}"
    pair = [valid, rng.choice(INVALID)]
    rng.shuffle(pair)
    cases.append({"stdin": "\n".join(pair) + "\n"})
    return cases
