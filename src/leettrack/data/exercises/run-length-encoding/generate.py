"""Fresh texts of runs of letters, to encode, and their encodings, to decode."""

import random


def _runs(rng: random.Random) -> list[tuple[str, int]]:
    runs: list[tuple[str, int]] = []
    for _ in range(rng.randint(0, 8)):
        letter = rng.choice([c for c in "abcxyz" if not runs or c != runs[-1][0]])
        runs.append((letter, rng.randint(1, 14)))
    return runs


def generate(rng: random.Random) -> list[dict]:
    cases = []
    for _ in range(3):
        runs = _runs(rng)
        cases.append({"call": "encode", "args": ["".join(c * n for c, n in runs)]})
        cases.append({"call": "decode", "args": ["".join(f"{c}{n}" for c, n in _runs(rng))]})
    return cases
