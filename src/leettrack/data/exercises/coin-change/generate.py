"""Fresh coin systems where the greedy choice often fails (no coin of 1, odd values), and
amounts up to a few hundred."""

import random


def generate(rng: random.Random) -> list[dict]:
    cases = []
    for count in (1, 2, 3, 4, 5):
        coins = rng.sample(range(2, 30), count)
        if rng.random() < 0.3:
            coins.append(1)
        rng.shuffle(coins)
        for amount in (rng.randint(0, 40), rng.randint(41, 400)):
            cases.append({"call": "min_coins", "args": [coins, amount]})
            cases.append({"call": "count_ways", "args": [coins, amount]})
    return cases
