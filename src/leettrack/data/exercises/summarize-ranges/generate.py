"""Fresh lists of numbers with runs and gaps (unsorted, with duplicates), and range texts."""

import random


def _numbers(rng: random.Random) -> list[int]:
    numbers = []
    start = rng.randint(-10, 10)
    for _ in range(rng.randint(1, 5)):
        length = rng.randint(1, 5)
        numbers += range(start, start + length)
        start += length + rng.randint(1, 4)
    return numbers


def generate(rng: random.Random) -> list[dict]:
    cases = []
    for _ in range(3):
        numbers = _numbers(rng) + rng.sample(_numbers(rng), 1)
        rng.shuffle(numbers)
        cases.append({"call": "summarize_ranges", "args": [numbers]})
    for _ in range(3):
        cases.append({"expr": f"expand_ranges(summarize_ranges({_numbers(rng)}))"})
    return cases
