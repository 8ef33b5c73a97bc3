"""Random lists of 1-60 nodes, then two of the largest allowed size, 5 * 10^4 nodes (one of odd
length), where fetching the last node again and again runs out of time."""

import random


def check(head: list[int]) -> None:
    assert 1 <= len(head) <= 5 * 10**4
    assert all(1 <= value <= 1000 for value in head)


def generate(rng: random.Random) -> list[list]:
    sizes = [1, 2, 3, *(rng.randint(4, 60) for _ in range(9)), 5 * 10**4, 5 * 10**4 - 1]
    return [[[rng.randint(1, 1000) for _ in range(size)]] for size in sizes]
