"""Random sets of different candidates (1 to 30 of them) and targets, kept when fewer than 150
combinations reach the target; a few sets lie above the target or are all even against an odd
target, so there is no combination at all."""

import random


def combinations(candidates: list[int], target: int) -> int:
    """How many combinations reach target (each counted once, whatever its order)."""
    ways = [1] + [0] * target
    for candidate in candidates:
        for total in range(candidate, target + 1):
            ways[total] += ways[total - candidate]
    return ways[target]


def check(candidates: list[int], target: int) -> None:
    assert 1 <= len(candidates) <= 30 and len(set(candidates)) == len(candidates)
    assert all(2 <= candidate <= 40 for candidate in candidates)
    assert 1 <= target <= 40
    assert combinations(candidates, target) < 150


def _draw(rng: random.Random, size: int, largest: int = 40) -> list:
    while True:
        candidates = rng.sample(range(2, largest + 1), size)
        target = rng.randint(1, 40)
        if combinations(candidates, target) < 150:
            return [candidates, target]


def generate(rng: random.Random) -> list[list]:
    cases = [_draw(rng, rng.randint(1, 6), rng.choice([9, 15, 40])) for _ in range(14)]
    cases += [_draw(rng, 30) for _ in range(2)]
    cases.append([rng.sample(range(rng.randint(21, 30), 41), rng.randint(1, 10)), 20])
    evens = rng.sample(range(2, 41, 2), rng.randint(1, 6))
    cases.append([evens, rng.randrange(1, 40, 2)])
    return cases
