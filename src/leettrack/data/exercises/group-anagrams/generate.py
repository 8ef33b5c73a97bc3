"""Fresh word lists made of a few shuffled stems, so that anagram groups form."""

import random


def generate(rng: random.Random) -> list[dict]:
    cases = []
    for groups in (1, 2, 4, 6):
        stems = ["".join(rng.choices("abcdeilnorst", k=rng.randint(1, 6))) for _ in range(groups)]
        words = []
        for stem in stems:
            for _ in range(rng.randint(1, 4)):
                letters = list(stem)
                rng.shuffle(letters)
                words.append("".join(letters))
        rng.shuffle(words)
        cases.append({"call": "group_anagrams", "args": [words], "compare": "unordered"})
    return cases
