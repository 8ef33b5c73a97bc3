"""A dozen small cases: strings glued from random dictionary words over a small alphabet, half of
them with one letter changed (often no longer splittable). Then the largest allowed sizes: a
dictionary of 1000 words holding every run of 1-20 "a"s, and strings of 300 letters, two made of
"a"s with a "b" that no word covers (every cut almost works, and trying them all runs out of
time) and one glued from dictionary words."""

import random
import string


def check(s: str, wordDict: list[str]) -> None:  # noqa: N803 - LeetCode's name
    assert 1 <= len(s) <= 300 and set(s) <= set(string.ascii_lowercase)
    assert 1 <= len(wordDict) <= 1000 and len(set(wordDict)) == len(wordDict)
    assert all(
        1 <= len(word) <= 20 and set(word) <= set(string.ascii_lowercase) for word in wordDict
    )


def _word(rng: random.Random, letters: str, size: int) -> str:
    return "".join(rng.choice(letters) for _ in range(size))


def _glued(rng: random.Random, words: list[str], most: int) -> str:
    text = rng.choice(words)
    while True:
        word = rng.choice(words)
        if len(text) + len(word) > most:
            return text
        text += word


def _small(rng: random.Random) -> list:
    letters = string.ascii_lowercase[: rng.randint(2, 4)]
    words = list({_word(rng, letters, rng.randint(1, 4)) for _ in range(rng.randint(1, 6))})
    text = list(_glued(rng, words, rng.randint(1, 30)))
    if rng.random() < 0.5:
        text[rng.randrange(len(text))] = rng.choice(letters)
    return ["".join(text), words]


def _large_dictionary(rng: random.Random) -> list[str]:
    words = {"a" * size for size in range(1, 21)}
    while len(words) < 1000:
        words.add(_word(rng, "acdefg", rng.randint(2, 20)))
    return rng.sample(sorted(words), len(words))


def generate(rng: random.Random) -> list[list]:
    cases = [_small(rng) for _ in range(12)]
    words = _large_dictionary(rng)
    cases.append(["a" * 299 + "b", words])
    middle = rng.randint(150, 250)
    cases.append(["a" * middle + "b" + "a" * (299 - middle), words])
    cases.append([_glued(rng, words, 300), words])
    return cases
