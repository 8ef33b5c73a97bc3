"""Fresh pairs of words over small alphabets (so that many characters match), including
empty words, and near-misses of a word among candidates."""

import random


def _word(rng: random.Random, letters: str, most: int) -> str:
    return "".join(rng.choices(letters, k=rng.randint(0, most)))


def _typo(rng: random.Random, word: str) -> str:
    chars = list(word)
    for _ in range(rng.randint(1, 3)):
        position = rng.randint(0, len(chars))
        edit = rng.choice(["insert", "delete", "replace"]) if chars else "insert"
        if edit == "insert":
            chars.insert(position, rng.choice("abcde"))
        elif position < len(chars):
            if edit == "delete":
                del chars[position]
            else:
                chars[position] = rng.choice("abcde")
    return "".join(chars)


def generate(rng: random.Random) -> list[dict]:
    cases = []
    for letters, most in (("ab", 4), ("abc", 8), ("abcde", 12), ("xyzXYZ", 6)):
        cases.append(
            {
                "call": "edit_distance",
                "args": [_word(rng, letters, most), _word(rng, letters, most)],
            }
        )
    word = _word(rng, "abcde", 10)
    cases.append({"call": "edit_distance", "args": [word, _typo(rng, word)]})
    candidates = [_typo(rng, word) for _ in range(5)]
    cases.append({"call": "closest_word", "args": [word, candidates]})
    return cases
