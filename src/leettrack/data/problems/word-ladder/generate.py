"""Random dictionaries of equal-length words over small alphabets (so that many words are one
letter apart): a dozen small ones, some without the end word or without any ladder, then two of
5000 words: a dense one of 5-letter words over 6 letters and one holding a long random walk of
10-letter words, where comparing every pair of words runs out of time."""

import random
import string

MAX_WORDS = 5000


def check(begin: str, end: str, words: list[str]) -> None:
    assert 1 <= len(begin) <= 10 and len(end) == len(begin)
    assert 1 <= len(words) <= MAX_WORDS and len(set(words)) == len(words)
    assert all(len(word) == len(begin) for word in words)
    assert all(set(word) <= set(string.ascii_lowercase) for word in [begin, end, *words])
    assert begin != end


def _word(rng: random.Random, length: int, alphabet: str) -> str:
    return "".join(rng.choice(alphabet) for _ in range(length))


def _dictionary(rng: random.Random, size: int, length: int, letters: int) -> list:
    alphabet = string.ascii_lowercase[:letters]
    size = min(size, letters**length)
    words: set[str] = set()
    while len(words) < size:
        words.add(_word(rng, length, alphabet))
    word_list = sorted(words)
    rng.shuffle(word_list)
    begin = rng.choice(word_list) if rng.random() < 0.3 else _word(rng, length, alphabet)
    end = rng.choice(word_list) if rng.random() < 0.8 else _word(rng, length, alphabet)
    if begin == end:
        end = "z" * length if begin != "z" * length else "y" * length
    return [begin, end, word_list]


def _walk(rng: random.Random, size: int, length: int) -> list:
    # A random walk changing one letter per step, plus random words around it.
    word = list(_word(rng, length, "abcd"))
    walk = ["".join(word)]
    seen = set(walk)
    while len(walk) < size // 2:
        word[rng.randrange(length)] = rng.choice("abcd")
        if "".join(word) not in seen:
            seen.add("".join(word))
            walk.append("".join(word))
    while len(seen) < size:
        seen.add(_word(rng, length, "abcd"))
    word_list = sorted(seen - {walk[0]})
    rng.shuffle(word_list)
    return [walk[0], walk[-1], word_list]


def generate(rng: random.Random) -> list[list]:
    cases = [
        _dictionary(rng, rng.randint(1, 30), rng.randint(1, 4), rng.randint(2, 5))
        for _ in range(12)
    ]
    cases.append(_dictionary(rng, MAX_WORDS, 5, 6))
    cases.append(_walk(rng, MAX_WORDS, 10))
    return cases
