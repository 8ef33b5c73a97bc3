"""Fresh scores: whole, with a decimal, and on the grade boundaries."""

import random


def generate(rng: random.Random) -> list[dict]:
    scores = [rng.randint(0, 100) for _ in range(3)]
    scores += [round(rng.uniform(0, 100), 1) for _ in range(3)]
    scores += [rng.choice([60, 70, 80, 90]) - rng.choice([0, 0.1])]
    return [{"call": "letter_grade", "args": [score]} for score in scores]
