def min_coins(coins: list[int], amount: int) -> int:
    """Return the fewest coins adding up to amount, or -1 if impossible."""
    count = 0
    for coin in sorted(coins, reverse=True):
        while amount >= coin:
            amount -= coin
            count += 1
    return count if amount == 0 else -1


def count_ways(coins: list[int], amount: int) -> int:
    """Return the number of combinations of coins adding up to amount."""
    pass
