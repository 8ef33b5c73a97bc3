"""Fresh lists where the deciding element sits anywhere, and words of every length."""

import random

WORDS = ["a", "an", "tree", "house", "garden", "window", "river", "sky", "mountain", "go"]


def generate(rng: random.Random) -> list[dict]:
    cases = []
    for size in (1, 4, 9):
        positives = [rng.randint(1, 50) for _ in range(size)]
        mixed = [rng.randint(-20, 20) for _ in range(size)]
        cases.append({"call": "all_positive", "args": [rng.choice([positives, mixed])]})
        cases.append({"call": "first_negative", "args": [mixed]})
        words = rng.choices(WORDS, k=size)
        cases.append({"call": "count_longer", "args": [words, rng.randint(0, 6)]})
    return cases
