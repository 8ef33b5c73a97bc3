"""Random strings over a few or all printable ASCII characters; the last cases are the largest
allowed: shuffled runs of every printable character, so that every restart scans far."""

import random

LIMIT = 5 * 10**4
PRINTABLE = [chr(code) for code in range(32, 127)]


def check(s: str) -> None:
    assert 0 <= len(s) <= LIMIT
    assert all(32 <= ord(c) <= 126 for c in s)


def _long(rng: random.Random) -> str:
    text: list[str] = []
    while len(text) < LIMIT:
        block = PRINTABLE[:]
        rng.shuffle(block)
        text += block[: rng.randint(60, len(block))]
    return "".join(text[:LIMIT])


def generate(rng: random.Random) -> list[list]:
    cases = []
    for _ in range(12):
        letters = rng.sample(PRINTABLE, rng.choice([1, 3, 10, 95]))
        cases.append("".join(rng.choice(letters) for _ in range(rng.randint(0, 40))))
    cases += [_long(rng) for _ in range(14)]
    return [[text] for text in cases]
