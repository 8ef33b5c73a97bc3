"""Fresh bracket strings: balanced ones built by nesting, and ones broken by one change."""

import random

PAIRS = ["()", "[]", "{}"]


def _balanced(rng: random.Random, depth: int) -> str:
    if depth == 0:
        return ""
    parts = []
    for _ in range(rng.randint(1, 3)):
        opening, closing = rng.choice(PAIRS)
        parts.append(opening + _balanced(rng, depth - 1) + closing)
    return "".join(parts)


def generate(rng: random.Random) -> list[dict]:
    texts = [_balanced(rng, rng.randint(1, 4)) for _ in range(3)]
    for _ in range(4):
        text = list(_balanced(rng, rng.randint(1, 4)))
        index = rng.randrange(len(text))
        choices = [c for c in "()[]{}" if c != text[index]]
        text[index] = rng.choice(choices)
        texts.append("".join(text))
    texts.append("a" + _balanced(rng, 2) + " b")
    return [{"call": "is_balanced", "args": [text]} for text in texts]
