"""Random sets of different coins and amounts, kept when fewer than 2^31 combinations make the
amount: a dozen small ones (some amounts no combination makes), then the largest sizes, 300
coins and the amount 5000, with hundreds of millions of combinations, where listing the
combinations one by one runs out of time."""

import random


def ways(amount: int, coins: list[int]) -> int:
    counts = [1] + [0] * amount
    for coin in coins:
        for total in range(coin, amount + 1):
            counts[total] += counts[total - coin]
    return counts[amount]


def check(amount: int, coins: list[int]) -> None:
    assert 1 <= len(coins) <= 300 and len(set(coins)) == len(coins)
    assert all(1 <= coin <= 5000 for coin in coins)
    assert 0 <= amount <= 5000
    assert ways(amount, coins) < 2**31, "the answer fits in a signed 32-bit integer"


def _draw(rng: random.Random, size: int, smallest: int, amount: int) -> list:
    while True:
        coins = rng.sample(range(smallest, 5001), size)
        if ways(amount, coins) < 2**31:
            return [amount, coins]


def generate(rng: random.Random) -> list[list]:
    cases = []
    for _ in range(12):
        largest = rng.choice((10, 50, 5000))
        coins = rng.sample(range(1, largest + 1), rng.randint(1, min(8, largest)))
        cases.append([rng.randint(0, 60), coins])
    cases.append([rng.randrange(1, 5000, 2), rng.sample(range(2, 5001, 2), 50)])  # odd amount
    cases.append(_draw(rng, 300, 100, 5000))
    cases.append(_draw(rng, 100, 1, 5000))
    return cases
