"""A dozen small random coin sets and amounts (some unpayable, some with a huge coin), then
twelve coin types and the largest amount, 10^4, once payable and once not: there trying every
way to pick the next coin runs out of time."""

import random


def check(coins: list[int], amount: int) -> None:
    assert 1 <= len(coins) <= 12
    assert all(1 <= coin <= 2**31 - 1 for coin in coins)
    assert 0 <= amount <= 10**4


def generate(rng: random.Random) -> list[list]:
    cases = []
    for _ in range(12):
        coins = rng.sample(range(1, 40), rng.randint(1, 5))
        if rng.random() < 0.2:
            coins.append(2**31 - 1)
        cases.append([coins, rng.randint(0, 300)])
    payable = rng.sample(range(1, 500), 12)
    unpayable = [2 * value for value in rng.sample(range(1, 250), 12)]
    cases.append([payable, 10**4])
    cases.append([unpayable, 10**4 - 1])
    return cases
