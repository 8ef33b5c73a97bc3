"""Random words built as groups of shuffled copies of base words: a dozen short lists over a few
letters (many anagrams, repeats and empty words), and one of the largest allowed size with
thousands of groups of words up to 100 letters long, where comparing each word with every group
runs out of time."""

import random

LETTERS = "abcdefghijklmnopqrstuvwxyz"


def check(strs: list[str]) -> None:
    assert 1 <= len(strs) <= 10**4
    assert all(len(word) <= 100 and set(word) <= set(LETTERS) for word in strs)


def _case(rng: random.Random, size: int, longest: int, letters: str) -> list:
    strs: list[str] = []
    while len(strs) < size:
        base = rng.choices(letters, k=rng.randint(0, longest))
        for _ in range(min(rng.randint(1, 5), size - len(strs))):
            rng.shuffle(base)
            strs.append("".join(base))
    rng.shuffle(strs)
    return [strs]


def generate(rng: random.Random) -> list[list]:
    cases = [_case(rng, rng.randint(1, 15), rng.randint(1, 4), LETTERS[:3]) for _ in range(12)]
    cases.append(_case(rng, 10**4, 100, LETTERS))
    return cases
