"""A dozen short random word pairs over small alphabets (so that they share letters), then two
pairs of the largest allowed length, 1000 letters each, over 4 and 26 letters: there trying
every way to match the letters up runs out of time."""

import random
import string


def check(text1: str, text2: str) -> None:
    for text in (text1, text2):
        assert 1 <= len(text) <= 1000
        assert all(letter in string.ascii_lowercase for letter in text)


def _word(rng: random.Random, size: int, letters: int) -> str:
    return "".join(rng.choice(string.ascii_lowercase[:letters]) for _ in range(size))


def generate(rng: random.Random) -> list[list]:
    cases = []
    for _ in range(12):
        letters = rng.randint(1, 6)
        cases.append(
            [_word(rng, rng.randint(1, 12), letters), _word(rng, rng.randint(1, 12), letters)]
        )
    for letters in (4, 26):
        cases.append([_word(rng, 1000, letters), _word(rng, 1000, letters)])
    return cases
