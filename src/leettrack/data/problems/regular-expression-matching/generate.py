"""Random strings over two letters with patterns built from them (letters, dots, starred
groups), matching or not; and the worst cases for trying every stretch: many a* before a
letter that is missing."""

import random


def check(s: str, p: str) -> None:
    assert 1 <= len(s) <= 20 and 1 <= len(p) <= 20
    assert all("a" <= c <= "z" for c in s)
    assert all("a" <= c <= "z" or c in ".*" for c in p)
    assert all(c != "*" or (i > 0 and p[i - 1] != "*") for i, c in enumerate(p))


def _pattern(rng: random.Random, s: str) -> str:
    parts = []
    for letter in s:  # a pattern that matches s, then perhaps spoilt
        choice = rng.random()
        parts.append(letter if choice < 0.5 else "." if choice < 0.7 else letter + "*")
        if rng.random() < 0.2:
            parts.append(rng.choice("ab.") + "*")
    p = "".join(parts)
    if rng.random() < 0.5:
        p = "".join(c if c == "*" or rng.random() < 0.8 else rng.choice("ab.") for c in p)
    return p[:20].lstrip("*") or "a"


def _hard(rng: random.Random) -> list:
    stars = rng.randint(8, 9)
    return ["a" * rng.randint(18, 20), ("a*" * stars + rng.choice(["b", "c", "ab"]))[:20]]


def generate(rng: random.Random) -> list[list]:
    cases = []
    for _ in range(16):
        s = "".join(rng.choices("ab", k=rng.randint(1, 12)))
        cases.append([s, _pattern(rng, s)])
    cases += [_hard(rng) for _ in range(4)]
    return cases
