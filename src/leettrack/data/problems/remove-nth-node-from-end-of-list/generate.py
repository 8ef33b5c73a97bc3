"""Random lists of 1-30 nodes with a random valid n, and the longest list with n at each end."""

import random


def check(head: list[int], n: int) -> None:
    assert 1 <= len(head) <= 30
    assert all(0 <= value <= 100 for value in head)
    assert 1 <= n <= len(head)


def generate(rng: random.Random) -> list[list]:
    cases = []
    for size in [1, 2, *(rng.randint(3, 30) for _ in range(12)), 30, 30]:
        cases.append([[rng.randint(0, 100) for _ in range(size)], rng.randint(1, size)])
    cases[-2][1], cases[-1][1] = 1, 30
    return cases
