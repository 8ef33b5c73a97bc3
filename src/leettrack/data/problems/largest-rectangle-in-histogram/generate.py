"""Bar heights in [0, 10^4]: short random histograms (some over a few heights, some with zeros),
rising and falling staircases, and two of the largest size (10^5 bars), where trying every
pair of ends runs out of time."""

import random


def check(heights: list[int]) -> None:
    assert 1 <= len(heights) <= 10**5
    assert all(0 <= height <= 10**4 for height in heights)


def _bars(rng: random.Random, size: int, top: int) -> list[int]:
    return [rng.randint(0, top) for _ in range(size)]


def generate(rng: random.Random) -> list[list]:
    cases = [[_bars(rng, rng.randint(1, 25), rng.choice([3, 10**4]))] for _ in range(12)]
    cases += [[sorted(_bars(rng, 60, 100))], [sorted(_bars(rng, 60, 100), reverse=True)]]
    cases += [[_bars(rng, 10**5, 10**4)], [sorted(_bars(rng, 10**5, 10**4))]]
    return cases
