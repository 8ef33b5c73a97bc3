"""Random price series (noise and random walks) up to the largest length (5000), where trying
every buying day for every selling day runs out of time."""

import random


def check(prices: list[int]) -> None:
    assert 1 <= len(prices) <= 5000
    assert all(0 <= price <= 1000 for price in prices)


def _prices(rng: random.Random, size: int) -> list[int]:
    if rng.random() < 0.5:
        return [rng.randint(0, 1000) for _ in range(size)]
    price, prices = rng.randint(0, 1000), []
    for _ in range(size):
        price = min(1000, max(0, price + rng.randint(-30, 30)))
        prices.append(price)
    return prices


def generate(rng: random.Random) -> list[list]:
    cases = [[_prices(rng, rng.randint(1, 30))] for _ in range(12)]
    cases += [[_prices(rng, 5000)] for _ in range(4)]
    return cases
