"""Fresh texts of letters in both cases, digits, spaces and punctuation."""

import random

ALPHABET = "aeiouAEIOUbcdfghjklmnpqrstvwxyzBCDFGHY 0123456789,.!?'-"


def generate(rng: random.Random) -> list[dict]:
    return [
        {"call": "count_vowels", "args": ["".join(rng.choices(ALPHABET, k=rng.randint(0, 60)))]}
        for _ in range(6)
    ]
