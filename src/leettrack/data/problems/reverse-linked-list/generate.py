"""Random lists of small sizes (empty included) and two of the largest allowed size, 5000
nodes."""

import random


def check(head: list[int]) -> None:
    assert 0 <= len(head) <= 5000
    assert all(-5000 <= value <= 5000 for value in head)


def generate(rng: random.Random) -> list[list]:
    sizes = [0, 1, 2] + [rng.randint(3, 60) for _ in range(9)] + [5000, 5000]
    return [[[rng.randint(-5000, 5000) for _ in range(size)]] for size in sizes]
