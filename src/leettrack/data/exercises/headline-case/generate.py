"""Fresh titles mixing small and long words in any case, with ragged whitespace."""

import random

SMALL = ["a", "an", "and", "as", "at", "but", "by", "for", "in", "of", "on", "or", "the", "to"]
WORDS = ["river", "night", "garden", "secret", "stars", "city", "winter", "king", "road", "x"]
GAPS = [" ", " ", "  ", "\t", " \n "]


def _cased(rng: random.Random, word: str) -> str:
    return rng.choice([word, word.upper(), word.capitalize(), word.swapcase()])


def generate(rng: random.Random) -> list[dict]:
    cases = []
    for _ in range(6):
        words = [_cased(rng, rng.choice(rng.choice([SMALL, WORDS])))
                 for _ in range(rng.randint(1, 7))]
        title = rng.choice(["", " "]) + "".join(w + rng.choice(GAPS) for w in words)
        cases.append({"call": "headline", "args": [title]})
    return cases
