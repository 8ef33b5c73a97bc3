"""Fresh starting numbers, small and large, and a rejected one."""

import random


def generate(rng: random.Random) -> list[dict]:
    numbers = [rng.randint(1, 50), rng.randint(51, 1_000), rng.randint(1_001, 100_000)]
    numbers += [2 ** rng.randint(1, 40), -rng.randint(0, 100)]
    rng.shuffle(numbers)
    return [{"call": "collatz_steps", "args": [n]} for n in numbers]
