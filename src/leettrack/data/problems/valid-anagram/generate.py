"""Random words over a few or all letters with a shuffled copy: kept as it is (an anagram),
with one letter changed, or with a letter dropped or added; the last cases are the largest
allowed."""

import random
import string

LIMIT = 5 * 10**4


def check(s: str, t: str) -> None:
    assert 1 <= len(s) <= LIMIT and 1 <= len(t) <= LIMIT
    assert all(c in string.ascii_lowercase for c in s + t)


def _case(rng: random.Random, size: int) -> list:
    letters = string.ascii_lowercase[: rng.choice([2, 3, 26])]
    s = [rng.choice(letters) for _ in range(size)]
    t = s[:]
    rng.shuffle(t)
    change = rng.choice(["none", "none", "letter", "length"])
    if change == "letter":
        i = rng.randrange(size)
        t[i] = rng.choice([c for c in string.ascii_lowercase if c != t[i]])
    elif change == "length":
        if size > 1 and rng.random() < 0.5:
            t.pop(rng.randrange(size))
        elif size < LIMIT:
            t.insert(rng.randrange(size + 1), rng.choice(letters))
    return ["".join(s), "".join(t)]


def generate(rng: random.Random) -> list[list]:
    cases = [_case(rng, rng.randint(1, 30)) for _ in range(12)]
    cases += [_case(rng, LIMIT) for _ in range(2)]
    return cases
