"""Fresh pairs of sorted lists, with duplicates and of different lengths."""

import random


def _sorted(rng: random.Random) -> list[int]:
    return sorted(rng.randint(-20, 20) for _ in range(rng.randint(0, 12)))


def generate(rng: random.Random) -> list[dict]:
    return [{"call": "merge_sorted", "args": [_sorted(rng), _sorted(rng)]} for _ in range(6)]
