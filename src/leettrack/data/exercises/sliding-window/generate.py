"""Fresh number lists (often all negative) with window sizes up to the whole list, and texts
over small alphabets so that characters repeat."""

import random


def generate(rng: random.Random) -> list[dict]:
    cases = []
    for size in (1, 4, 10, 30):
        low = rng.choice([-50, -20])
        nums = [rng.randint(low, rng.choice([-1, 40])) for _ in range(size)]
        cases.append({"call": "max_window_sum", "args": [nums, rng.randint(1, size)]})
        cases.append({"call": "max_window_sum", "args": [nums, size]})
    for length in (0, 1, 6, 15, 40):
        text = "".join(rng.choices(rng.choice(["ab", "abcde", "aAbBcCdD", "xyz123 "]), k=length))
        cases.append({"call": "longest_distinct_run", "args": [text]})
    return cases
