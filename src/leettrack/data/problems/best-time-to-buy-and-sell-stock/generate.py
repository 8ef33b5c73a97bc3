"""Random price lists: a dozen short ones (some rising, some falling, some flat-ish) and one of
the largest allowed size, where comparing every pair of days runs out of time."""

import random

MAX_PRICE = 10**4


def check(prices: list[int]) -> None:
    assert 1 <= len(prices) <= 10**5
    assert all(0 <= price <= MAX_PRICE for price in prices)


def generate(rng: random.Random) -> list[list]:
    cases = []
    for _ in range(12):
        size = rng.randint(1, 30)
        top = rng.choice([3, 50, MAX_PRICE])
        prices = [rng.randint(0, top) for _ in range(size)]
        if rng.random() < 0.25:
            prices.sort(reverse=rng.random() < 0.5)
        cases.append([prices])
    cases.append([[rng.randint(0, MAX_PRICE) for _ in range(10**5)]])
    return cases
