"""Fresh names of one to four words, in any case, with extra spaces."""

import random


def _word(rng: random.Random) -> str:
    word = "".join(rng.choices("abcdefghijklmnoprstuvwyz", k=rng.randint(1, 8)))
    return rng.choice([word, word.capitalize(), word.upper()])


def generate(rng: random.Random) -> list[dict]:
    names = []
    for _ in range(6):
        words = [_word(rng) for _ in range(rng.randint(1, 4))]
        names.append(" " * rng.randint(0, 2) + (" " * rng.randint(1, 3)).join(words))
    return [{"call": "initials", "args": [name]} for name in names]
