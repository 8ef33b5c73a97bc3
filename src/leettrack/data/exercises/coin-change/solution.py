import math


def min_coins(coins: list[int], amount: int) -> int:
    """Return the fewest coins adding up to amount, or -1 if impossible."""
    if amount < 0:
        raise ValueError("amount must not be negative")
    best: list[float] = [0] + [math.inf] * amount
    for a in range(1, amount + 1):
        for coin in coins:
            if coin <= a and best[a - coin] + 1 < best[a]:
                best[a] = best[a - coin] + 1
    return -1 if best[amount] == math.inf else int(best[amount])


def count_ways(coins: list[int], amount: int) -> int:
    """Return the number of combinations of coins adding up to amount."""
    if amount < 0:
        raise ValueError("amount must not be negative")
    ways = [1] + [0] * amount
    for coin in coins:  # coins outside: each combination is built in one order only
        for a in range(coin, amount + 1):
            ways[a] += ways[a - coin]
    return ways[amount]
