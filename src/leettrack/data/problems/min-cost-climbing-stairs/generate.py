"""Random step costs from 0 to 999 (sometimes only 0 and 1, so that many paths tie): a dozen
short staircases, then two of the largest size, 1000 steps, where trying every way up without
remembering results runs out of time."""

import random


def check(cost: list[int]) -> None:
    assert 2 <= len(cost) <= 1000
    assert all(0 <= value <= 999 for value in cost)


def _stairs(rng: random.Random, size: int) -> list:
    high = rng.choice((1, 9, 999))
    return [[rng.randint(0, high) for _ in range(size)]]


def generate(rng: random.Random) -> list[list]:
    cases = [_stairs(rng, rng.randint(2, 20)) for _ in range(12)]
    cases += [_stairs(rng, 1000), _stairs(rng, 1000)]
    return cases
