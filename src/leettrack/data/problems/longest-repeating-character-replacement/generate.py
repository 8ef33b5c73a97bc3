"""Random strings over a few or many upper-case letters with a random k; the last cases are the
largest allowed, over two or three letters with a large k, so that windows grow long."""

import random
import string

LIMIT = 10**5


def check(s: str, k: int) -> None:
    assert 1 <= len(s) <= LIMIT
    assert all(c in string.ascii_uppercase for c in s)
    assert 0 <= k <= len(s)


def _case(rng: random.Random, size: int, letters: int, k: int) -> list:
    alphabet = rng.sample(string.ascii_uppercase, letters)
    weights = [rng.random() + 0.1 for _ in alphabet]
    return ["".join(rng.choices(alphabet, weights, k=size)), k]


def generate(rng: random.Random) -> list[list]:
    cases = []
    for _ in range(12):
        size = rng.randint(1, 30)
        cases.append(_case(rng, size, rng.choice([1, 2, 3, 26]), rng.randint(0, size)))
    cases.append(_case(rng, LIMIT, 2, rng.randint(LIMIT // 20, LIMIT // 10)))
    cases.append(_case(rng, LIMIT, 3, rng.randint(LIMIT // 10, LIMIT // 5)))
    return cases
