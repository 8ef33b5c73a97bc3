"""Random lists with k anywhere from 1 to n (short lists, k dividing n or not, k = n), and a few
of the largest size (5000 nodes)."""

import random


def check(head: list[int], k: int) -> None:
    assert 1 <= len(head) <= 5000
    assert 1 <= k <= len(head)
    assert all(0 <= value <= 1000 for value in head)


def _case(rng: random.Random, size: int) -> list:
    return [[rng.randint(0, 1000) for _ in range(size)], rng.randint(1, size)]


def generate(rng: random.Random) -> list[list]:
    cases = [_case(rng, rng.randint(1, 12)) for _ in range(14)]
    cases += [_case(rng, 5000), [[rng.randint(0, 1000) for _ in range(5000)], 5000]]
    cases.append([[rng.randint(0, 1000) for _ in range(5000)], 2])
    return cases
