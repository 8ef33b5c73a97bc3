"""Fresh texts from a small vocabulary (so that counts tie), with case and punctuation."""

import random

WORDS = ["apple", "fig", "kiwi", "pear", "plum", "lime", "date", "nut"]


def generate(rng: random.Random) -> list[dict]:
    cases = []
    for _ in range(6):
        words = rng.choices(WORDS, k=rng.randint(0, 30))
        shown = [rng.choice([w, w.upper(), w.capitalize()]) + rng.choice(["", "", ",", "!", "."])
                 for w in words]
        cases.append({"call": "top_words", "args": [" ".join(shown), rng.randint(0, 6)]})
    return cases
