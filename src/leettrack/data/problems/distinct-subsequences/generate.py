"""Random strings s with t a random subsequence of s (sometimes not), small ones over two or
three letters and the largest size (len(s) = 1000) with about 10^6 to 2^31 matches, where
following every match one by one is too slow."""

import random
import string

LETTERS = string.ascii_letters
MOST = 2**31 - 1


def _count(s: str, t: str) -> int:
    ways = [1] + [0] * len(t)
    where: dict[str, list[int]] = {}
    for j in range(len(t) - 1, -1, -1):
        where.setdefault(t[j], []).append(j)
    for letter in s:
        for j in where.get(letter, ()):
            ways[j + 1] += ways[j]
    return ways[-1]


def check(s: str, t: str) -> None:
    assert 1 <= len(s) <= 1000 and 1 <= len(t) <= 1000
    assert all(letter in LETTERS for letter in s + t)
    assert _count(s, t) <= MOST, "the answer fits in a 32-bit signed integer"


def _case(rng: random.Random, size: int, letters: str, keep: float, least: int = 0) -> list:
    while True:
        s = "".join(rng.choices(letters, k=size))
        t = "".join(letter for letter in s if rng.random() < keep) or s[0]
        if not least and rng.random() < 0.15:
            t = "".join(rng.choices(letters, k=len(t)))
        if least <= _count(s, t) <= MOST:
            return [s, t]


def generate(rng: random.Random) -> list[list]:
    cases = [
        _case(rng, rng.randint(1, 12), rng.choice(["ab", "abc", LETTERS]), rng.random())
        for _ in range(14)
    ]
    cases += [_case(rng, 1000, LETTERS[:26], 0.7, 10**6) for _ in range(2)]
    cases += [_case(rng, 1000, LETTERS, 0.3, 10**6), ["a" * 1000, "a" * 997]]
    return cases
