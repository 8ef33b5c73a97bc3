"""Random circles of stations, kept when at most one start works: a dozen small ones (some with
no start at all), a random one of 10^5 stations whose totals balance exactly, and one of 10^5
stations where every start but the last runs dry only near the end of the circle, so that
driving the circle from every start runs out of time."""

import random


def starts(gas: list[int], cost: list[int]) -> int:
    """How many starting stations complete the circle."""
    n = len(gas)
    prefix = [0]
    for fill, spend in zip(gas, cost):
        prefix.append(prefix[-1] + fill - spend)
    total = prefix[n]
    after = [0] * (n + 1)  # after[s]: the lowest prefix[j] for s < j <= n
    after[n] = prefix[n]
    for j in range(n - 1, -1, -1):
        after[j] = min(prefix[j + 1], after[j + 1])
    count, before = 0, float("inf")  # before: the lowest prefix[j] for 1 <= j <= s
    for s in range(n):
        if s > 0:
            before = min(before, prefix[s])
        if after[s] >= prefix[s] and before + total >= prefix[s]:
            count += 1
    return count


def check(gas: list[int], cost: list[int]) -> None:
    assert 1 <= len(gas) <= 10**5 and len(cost) == len(gas)
    assert all(0 <= value <= 10**4 for value in gas + cost)
    assert starts(gas, cost) <= 1, "the answer is unique"


def _random(rng: random.Random, size: int, high: int, balance: bool) -> list:
    while True:
        gas = [rng.randint(0, high) for _ in range(size)]
        cost = [rng.randint(0, high) for _ in range(size)]
        if balance:  # move the totals together so that a start exists
            for _ in range(size * high):
                gap = sum(gas) - sum(cost)
                if gap == 0:
                    break
                station = rng.randrange(size)
                if gap > 0 and cost[station] < high:
                    cost[station] += min(gap, high - cost[station])
                elif gap < 0 and gas[station] < high:
                    gas[station] += min(-gap, high - gas[station])
        if starts(gas, cost) <= 1:
            return [gas, cost]


def _late_failure(rng: random.Random, size: int) -> list:
    gas = [rng.randint(0, 9000) for _ in range(size)]
    cost = gas.copy()
    cost[size - 2] += 1  # every start before it runs dry there
    gas[size - 1] += 1
    return [gas, cost]


def generate(rng: random.Random) -> list[list]:
    cases = [
        _random(rng, rng.randint(1, 10), rng.choice((3, 10, 10**4)), rng.random() < 0.6)
        for _ in range(12)
    ]
    cases.append(_random(rng, 10**5, 10**4, True))
    cases.append(_late_failure(rng, 10**5))
    return cases
