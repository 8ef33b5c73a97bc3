"""Random palindromes of letters and digits, mixed in case and sprinkled with other printable
characters, kept as they are or with one letter or digit changed; the last cases are the
largest allowed."""

import random
import string

LIMIT = 2 * 10**5
KEPT = string.ascii_lowercase[:3] + string.digits[:2]
OTHER = " ,.:;!?'\"-_()\\/@#"


def check(s: str) -> None:
    assert 1 <= len(s) <= LIMIT
    assert all(32 <= ord(c) <= 126 for c in s)


def _case(rng: random.Random, size: int) -> list:
    kept = max(1, size * 3 // 4)
    half = [rng.choice(KEPT) for _ in range(kept // 2)]
    core = half + ([rng.choice(KEPT)] if kept % 2 else []) + half[::-1]
    if rng.random() < 0.5:
        i = rng.randrange(len(core))
        core[i] = rng.choice([c for c in KEPT if c != core[i]])
    text = [rng.choice(OTHER) for _ in range(size)]
    for position, c in zip(sorted(rng.sample(range(size), len(core))), core, strict=True):
        text[position] = c.upper() if rng.random() < 0.5 else c
    return ["".join(text)]


def generate(rng: random.Random) -> list[list]:
    cases = [_case(rng, rng.randint(1, 30)) for _ in range(12)]
    cases += [_case(rng, LIMIT) for _ in range(2)]
    return cases
