"""Random lists with random pointers to any node or to nothing (values often repeated, so only
the pointers tell nodes apart), up to the largest size (1000 nodes)."""

import random


def check(head: list[list]) -> None:
    assert 0 <= len(head) <= 1000
    for pair in head:
        assert len(pair) == 2
        value, target = pair
        assert isinstance(value, int) and -(10**4) <= value <= 10**4
        assert target is None or (isinstance(target, int) and 0 <= target < len(head))


def _case(rng: random.Random, size: int) -> list:
    spread = rng.choice((2, 10**4))
    empty = rng.random() * 0.5
    return [[
        [rng.randint(-spread, spread), None if rng.random() < empty else rng.randrange(size)]
        for _ in range(size)
    ]]


def generate(rng: random.Random) -> list[list]:
    cases = [_case(rng, rng.randint(0, 20)) for _ in range(12)]
    cases += [_case(rng, 1000) for _ in range(2)]
    return cases
