"""Random word pairs over small alphabets, some the second a few edits away from the first; the
largest pairs have 500 letters each, where trying every edit at every mismatch runs out of time."""

import random
import string


def check(word1: str, word2: str) -> None:
    assert 0 <= len(word1) <= 500 and 0 <= len(word2) <= 500
    assert all(c in string.ascii_lowercase for c in word1 + word2)


def _edited(rng: random.Random, word: str, edits: int, letters: str) -> str:
    letters_of = list(word)
    for _ in range(edits):
        kind = rng.randrange(3)
        position = rng.randrange(len(letters_of) + 1)
        if kind == 0 or not letters_of:
            letters_of.insert(position, rng.choice(letters))
        elif kind == 1:
            letters_of.pop(min(position, len(letters_of) - 1))
        else:
            letters_of[min(position, len(letters_of) - 1)] = rng.choice(letters)
    return "".join(letters_of)[:500]


def _case(rng: random.Random, size: int, letters: str, near: bool) -> list:
    word1 = "".join(rng.choices(letters, k=size))
    if near:
        return [word1, _edited(rng, word1, rng.randint(1, 6), letters)]
    return [word1, "".join(rng.choices(letters, k=rng.randint(0, size)))]


def generate(rng: random.Random) -> list[list]:
    cases = [
        _case(rng, rng.randint(0, 15), rng.choice(("ab", "abcd", string.ascii_lowercase)),
              near=rng.random() < 0.5)
        for _ in range(12)
    ]
    word1 = "".join(rng.choices("abcde", k=500))
    cases.append([word1, "".join(rng.choices("abcde", k=500))])
    cases.append([word1[::-1], word1])
    return cases
