"""Piles and hour budgets from tight (one hour per pile) to loose: small random cases, and the
largest (10^4 piles of up to 10^9 bananas) with budgets that force a high speed, where trying
every speed from 1 upwards runs out of time."""

import random


def check(piles: list[int], h: int) -> None:
    assert 1 <= len(piles) <= 10**4 and len(piles) <= h <= 10**9
    assert all(1 <= pile <= 10**9 for pile in piles)


def _case(rng: random.Random, size: int, top: int, slack: int) -> list:
    piles = [rng.randint(1, top) for _ in range(size)]
    return [piles, min(10**9, size + rng.randint(0, slack))]


def generate(rng: random.Random) -> list[list]:
    cases = [
        _case(rng, rng.randint(1, 10), rng.choice([10, 1000]), rng.choice([0, 5, 50]))
        for _ in range(12)
    ]
    cases += [_case(rng, 5, 10**9, 10**9)]
    cases += [_case(rng, 10**4, 10**9, slack) for slack in (0, 10**4)]
    return cases
