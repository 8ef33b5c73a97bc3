"""Random strings s over a few letters with a short t, redrawn until the shortest window is
unique; the last cases are the largest allowed: lower-case filler with sparse upper-case
letters and a t of upper-case letters, so that every window is thousands of letters long."""

import random
import string
from collections import Counter

LIMIT = 10**5


def _tightest(s: str, t: str) -> list[int]:
    """The length of the shortest window covering t that ends at each position, where one does."""
    need, missing, left, lengths = Counter(t), len(t), 0, []
    for right, char in enumerate(s):
        if need[char] > 0:
            missing -= 1
        need[char] -= 1
        if missing == 0:
            while need[s[left]] < 0:
                need[s[left]] += 1
                left += 1
            lengths.append(right - left + 1)
    return lengths


def _unique(s: str, t: str) -> bool:
    lengths = _tightest(s, t)
    return not lengths or lengths.count(min(lengths)) == 1


def check(s: str, t: str) -> None:
    assert 1 <= len(s) <= LIMIT and 1 <= len(t) <= LIMIT
    assert all(c in string.ascii_letters for c in s + t)
    assert _unique(s, t), "the shortest window is unique"


def _small(rng: random.Random) -> list:
    alphabet = rng.sample(string.ascii_letters, rng.randint(1, 4))
    while True:
        s = "".join(rng.choices(alphabet, k=rng.randint(1, 30)))
        if rng.random() < 0.8:  # letters taken from s, so that a window usually exists
            t = "".join(rng.sample(s, rng.randint(1, min(5, len(s)))))
        else:
            t = "".join(rng.choices([*alphabet, "Z"], k=rng.randint(1, 5)))
        if _unique(s, t):
            return [s, t]


def _large(rng: random.Random) -> list:
    while True:
        s = "".join(
            rng.choice(string.ascii_uppercase) if rng.random() < 0.02 else rng.choice("abc")
            for _ in range(LIMIT)
        )
        t = "".join(rng.choices(string.ascii_uppercase, k=rng.randint(26, 40)))
        if _unique(s, t):
            return [s, t]


def generate(rng: random.Random) -> list[list]:
    return [_small(rng) for _ in range(12)] + [_large(rng) for _ in range(2)]
