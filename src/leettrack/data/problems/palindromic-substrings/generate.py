"""Random strings over one to three letters, or the whole alphabet; the last cases are the largest
allowed: three of one letter repeated (every piece a palindrome, where checking every piece
takes longest) and two over two letters."""

import random
import string

LIMIT = 1000


def check(s: str) -> None:
    assert 1 <= len(s) <= LIMIT
    assert all(c in string.ascii_lowercase for c in s)


def _case(rng: random.Random, size: int, letters: int) -> list:
    alphabet = rng.sample(string.ascii_lowercase, letters)
    return ["".join(rng.choices(alphabet, k=size))]


def generate(rng: random.Random) -> list[list]:
    cases = [_case(rng, rng.randint(1, 30), rng.choice([1, 2, 3, 26])) for _ in range(12)]
    cases += [_case(rng, LIMIT, letters) for letters in (1, 1, 1, 2, 2)]
    return cases
