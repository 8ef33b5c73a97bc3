"""Fresh texts of words in any case, with punctuation, apostrophes and odd whitespace."""

import random

WORDS = ["the", "cat", "hat", "it's", "bob's", "sat", "on", "mat", "a", "42"]
GAPS = [" ", "  ", "\t", "\n", ", ", "! ", " ... ", "? "]


def generate(rng: random.Random) -> list[dict]:
    cases = []
    for _ in range(6):
        words = [rng.choice([w, w.upper(), w.capitalize()])
                 for w in rng.choices(WORDS, k=rng.randint(0, 20))]
        text = "".join(word + rng.choice(GAPS) for word in words)
        cases.append({"call": "word_frequency", "args": [text]})
    return cases
