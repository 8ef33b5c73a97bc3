"""Lower-case strings: small ones over a few letters (answers either way), some with a shuffled
copy of s1 planted in s2, and three of the largest size (s1 of 5000 letters, s2 of 10^4) with the
only match, if any, at the very end, where counting every window anew runs out of time."""

import random
import string


def check(s1: str, s2: str) -> None:
    assert 1 <= len(s1) <= 10**4 and 1 <= len(s2) <= 10**4
    assert all(char in string.ascii_lowercase for char in s1 + s2)


def _word(rng: random.Random, size: int, letters: str) -> str:
    return "".join(rng.choice(letters) for _ in range(size))


def _planted(rng: random.Random, s1: str, before: int, after: int, letters: str) -> str:
    shuffled = "".join(rng.sample(s1, len(s1)))
    return _word(rng, before, letters) + shuffled + _word(rng, after, letters)


def generate(rng: random.Random) -> list[list]:
    cases = []
    for index in range(14):
        letters = string.ascii_lowercase[: rng.randint(1, 5)]
        s1 = _word(rng, rng.randint(1, 6), letters)
        if index % 2:
            s2 = _planted(rng, s1, rng.randint(0, 8), rng.randint(0, 8), letters)
        else:
            s2 = _word(rng, rng.randint(1, 15), letters)
        cases.append([s1, s2])
    letters = string.ascii_lowercase
    for planted in (True, False, True):
        s1 = _word(rng, 5000, letters)
        s2 = _planted(rng, s1, 5000, 0, letters) if planted else _word(rng, 10**4, letters)
        cases.append([s1, s2])
    return cases
