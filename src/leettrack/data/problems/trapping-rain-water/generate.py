"""Bar heights: small random ones, ragged landscapes with low and high bars, and two of the
largest size (2 * 10^4 bars), where finding both walls anew for every bar runs out of time."""

import random


def check(height: list[int]) -> None:
    assert 1 <= len(height) <= 2 * 10**4
    assert all(0 <= bar <= 10**5 for bar in height)


def generate(rng: random.Random) -> list[list]:
    cases = [[[rng.randint(0, 6) for _ in range(rng.randint(1, 20))]] for _ in range(10)]
    cases += [[[rng.choice([0, rng.randint(0, 10**5)]) for _ in range(rng.randint(1, 200))]]]
    for _ in range(2):
        size = 2 * 10**4
        peak = rng.randrange(size)  # a valley on each side of a high peak
        cases.append([[10**5 if i == peak else rng.randint(0, 5 * 10**4) for i in range(size)]])
    return cases
