"""Random stone weights: a dozen short lists (some over a few weights, so that stones often
destroy each other), and lists of the largest size, 30 stones."""

import random


def check(stones: list[int]) -> None:
    assert 1 <= len(stones) <= 30
    assert all(1 <= stone <= 1000 for stone in stones)


def generate(rng: random.Random) -> list[list]:
    cases = [
        [[rng.randint(1, rng.choice([3, 1000])) for _ in range(rng.randint(1, 10))]]
        for _ in range(14)
    ]
    cases += [[[rng.randint(1, 1000) for _ in range(30)]] for _ in range(3)]
    cases.append([[rng.randint(1, 2) for _ in range(30)]])
    return cases
