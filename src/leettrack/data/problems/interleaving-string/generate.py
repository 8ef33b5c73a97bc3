"""Random interleavings of two strings over a small alphabet, half of them then spoiled by
swapping two characters; the largest (100 + 100 characters) are strings of one letter with a
different letter hidden in them, where trying both strings at every character runs out of time."""

import random


def check(s1: str, s2: str, s3: str) -> None:
    assert 0 <= len(s1) <= 100 and 0 <= len(s2) <= 100 and 0 <= len(s3) <= 200
    assert all(c.isascii() and c.islower() for c in s1 + s2 + s3)


def _case(rng: random.Random, size1: int, size2: int, letters: str) -> list:
    s1 = "".join(rng.choices(letters, k=size1))
    s2 = "".join(rng.choices(letters, k=size2))
    picks = [0] * size1 + [1] * size2
    rng.shuffle(picks)
    parts, i, j = [], 0, 0
    for pick in picks:
        parts.append(s1[i] if pick == 0 else s2[j])
        i, j = i + (pick == 0), j + (pick == 1)
    if parts and rng.random() < 0.5:
        a, b = rng.randrange(len(parts)), rng.randrange(len(parts))
        parts[a], parts[b] = parts[b], parts[a]
    return [s1, s2, "".join(parts)]


def generate(rng: random.Random) -> list[list]:
    cases = [
        _case(rng, rng.randint(0, 12), rng.randint(0, 12), rng.choice(("ab", "abc")))
        for _ in range(12)
    ]
    cases.append(_case(rng, 100, 100, "ab"))
    for position in (rng.randrange(90, 100), rng.randrange(90, 100)):
        s1 = "a" * position + "b" + "a" * (99 - position)
        cases.append([s1, "a" * 100, "a" * 200])
    return cases
