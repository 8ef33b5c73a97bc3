"""Fresh pairs of strings over a small alphabet, so that they share subsequences."""

import random


def _text(rng: random.Random) -> str:
    return "".join(rng.choices("abcd", k=rng.randint(0, 25)))


def generate(rng: random.Random) -> list[dict]:
    return [{"call": "lcs_length", "args": [_text(rng), _text(rng)]} for _ in range(6)]
