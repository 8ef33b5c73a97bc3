"""Random lists of 0-60 nodes, with a cycle (back to a random node) about half the time, then
four of the largest allowed size, 10^4 nodes: without a cycle, and with the last node pointing
to itself, to the head and to the middle node."""

import random

LIMIT = 10**5


def check(head: list[int], pos: int) -> None:
    assert 0 <= len(head) <= 10**4
    assert all(-LIMIT <= value <= LIMIT for value in head)
    assert pos == -1 or 0 <= pos < len(head)


def _values(rng: random.Random, size: int) -> list[int]:
    return [rng.randint(-LIMIT, LIMIT) for _ in range(size)]


def generate(rng: random.Random) -> list[list]:
    cases = []
    for _ in range(12):
        size = rng.randint(0, 60)
        pos = rng.randrange(size) if size and rng.random() < 0.5 else -1
        cases.append([_values(rng, size), pos])
    big = 10**4
    return cases + [[_values(rng, big), pos] for pos in (-1, big - 1, 0, big // 2)]
