"""Random lists of random strings, over a few tricky characters (digits, "#", ",", quotes,
backslashes, NUL, newlines) or over all codes 0-255, with empty strings mixed in; the last
cases are the largest allowed: 200 strings of 200 characters."""

import random

MOST = 200
TRICKY = "0123456789#,;:|/\\\"' \n\t\x00\x01\xff"
ANY = "".join(chr(code) for code in range(256))


def check(strs: list[str]) -> None:
    assert 1 <= len(strs) <= MOST
    assert all(isinstance(text, str) and len(text) <= MOST for text in strs)
    assert all(ord(c) <= 255 for text in strs for c in text)


def _case(rng: random.Random, count: int, longest: int) -> list:
    alphabet = rng.choice([TRICKY, ANY])
    strs = [
        "" if rng.random() < 0.15 else "".join(rng.choices(alphabet, k=rng.randint(0, longest)))
        for _ in range(count)
    ]
    return [strs]


def generate(rng: random.Random) -> list[list]:
    cases = [_case(rng, rng.randint(1, 8), rng.randint(0, 12)) for _ in range(12)]
    cases += [[[rng.choice(["", "#", "0"])] * rng.randint(1, 3)] for _ in range(2)]
    for alphabet in (TRICKY, ANY):
        cases.append([["".join(rng.choices(alphabet, k=MOST)) for _ in range(MOST)]])
    return cases
