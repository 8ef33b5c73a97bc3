"""Fresh sizes to sum up to and to count down from."""

import random


def generate(rng: random.Random) -> list[dict]:
    cases = [{"call": "sum_up_to", "args": [rng.randint(0, 5000)]} for _ in range(3)]
    cases += [{"call": "count_down", "args": [rng.randint(0, 40)]} for _ in range(3)]
    return cases
