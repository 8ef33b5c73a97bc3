"""Fresh numbers, words and tables for each of the four comprehensions."""

import random

WORDS = ["Apple", "avocado", "banana", "Cherry", "date", "", "elder", "Fig", "grape", "kiwi"]


def generate(rng: random.Random) -> list[dict]:
    cases = []
    for size in (0, 3, 10):
        numbers = [rng.randint(-30, 30) for _ in range(size)]
        words = rng.choices(WORDS, k=size)
        rows = [[rng.randint(0, 9) for _ in range(rng.randint(0, 4))] for _ in range(size)]
        cases.append({"call": "squares_of_odds", "args": [numbers]})
        cases.append({"call": "word_lengths", "args": [words]})
        cases.append({"call": "first_letters", "args": [words]})
        cases.append({"call": "flatten", "args": [rows]})
    return cases
