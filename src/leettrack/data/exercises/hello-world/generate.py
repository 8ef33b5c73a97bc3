"""Fresh names to greet, some padded with spaces, and a blank line."""

import random

SYLLABLES = ["ka", "lo", "mi", "ren", "tu", "sa", "vel", "do", "ri", "an", "zo", "ë"]


def _name(rng: random.Random) -> str:
    words = [
        "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(1, 3))).capitalize()
        for _ in range(rng.randint(1, 2))
    ]
    return " ".join(words)


def generate(rng: random.Random) -> list[dict]:
    stdins = [_name(rng) + "\n" for _ in range(3)]
    stdins.append(" " * rng.randint(1, 4) + _name(rng) + " " * rng.randint(1, 4) + "\n")
    stdins.append(_name(rng))  # no final newline
    stdins.append(" " * rng.randint(0, 5) + "\n")
    rng.shuffle(stdins)
    return [{"stdin": stdin} for stdin in stdins]
