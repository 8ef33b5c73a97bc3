"""Random candidate lists with many repeated values and targets up to 30, kept when fewer than
150 different combinations reach the target; the largest lists hold 100 candidates, many of
them equal, where trying every choice of positions and removing repeats runs out of time."""

import random
from collections import Counter


def combinations(candidates: list[int], target: int) -> int:
    """How many different combinations (multisets drawn from candidates) reach target."""
    ways = [1] + [0] * target
    for value, count in Counter(candidates).items():
        ways = [
            sum(ways[total - k * value] for k in range(count + 1) if k * value <= total)
            for total in range(target + 1)
        ]
    return ways[target]


def check(candidates: list[int], target: int) -> None:
    assert 1 <= len(candidates) <= 100
    assert all(1 <= candidate <= 50 for candidate in candidates)
    assert 1 <= target <= 30
    assert combinations(candidates, target) < 150


def _draw(rng: random.Random, size: int, values: int) -> list:
    while True:
        pool = rng.sample(range(1, 51), values)
        candidates = [rng.choice(pool) for _ in range(size)]
        target = rng.randint(1, 30)
        if combinations(candidates, target) < 150:
            return [candidates, target]


def generate(rng: random.Random) -> list[list]:
    cases = [_draw(rng, rng.randint(1, 12), rng.randint(1, 8)) for _ in range(14)]
    cases += [_draw(rng, 100, rng.randint(3, 6)) for _ in range(2)]
    ones = [1] * 70 + [rng.randint(2, 50) for _ in range(30)]
    rng.shuffle(ones)
    cases.append([ones, 30] if combinations(ones, 30) < 150 else [[1] * 100, 30])
    return cases
