"""Fresh lists of version texts in mixed spellings, with parts of one and two digits so that
text order and number order disagree."""

import random


def _text(rng: random.Random) -> str:
    major, minor, patch = (rng.choice([rng.randint(0, 3), rng.randint(8, 12)]) for _ in range(3))
    text = f"{major}.{minor}" if patch == 0 and rng.random() < 0.5 else f"{major}.{minor}.{patch}"
    return rng.choice(["", "v", "V", " "]) + text


def generate(rng: random.Random) -> list[dict]:
    cases = []
    for size in (1, 3, 6, 10):
        texts = [_text(rng) for _ in range(size)]
        cases.append({"call": "sort_versions", "args": [texts]})
        cases.append({"call": "latest", "args": [texts]})
    first, second = _text(rng), _text(rng)
    cases.append({"expr": f"Version.parse({first!r}) < Version.parse({second!r})"})
    cases.append({"expr": f"Version.parse({first!r}) >= Version.parse({second!r})"})
    return cases
