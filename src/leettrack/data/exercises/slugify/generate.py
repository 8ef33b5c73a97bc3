"""Fresh titles of words in any case separated by runs of spaces and punctuation."""

import random

SEPARATORS = [" ", "  ", "-", " - ", ": ", "!", "?", "_", "/", "... ", "'"]


def _word(rng: random.Random) -> str:
    word = "".join(rng.choices("abcdefghijklmnopqrstuvwxyz0123456789", k=rng.randint(1, 7)))
    return rng.choice([word, word.upper(), word.capitalize()])


def generate(rng: random.Random) -> list[dict]:
    titles = []
    for _ in range(6):
        parts = [rng.choice(["", " ", "!"])]
        for _ in range(rng.randint(1, 5)):
            parts += [_word(rng), rng.choice(SEPARATORS)]
        titles.append("".join(parts))
    return [{"call": "slugify", "args": [title]} for title in titles]
