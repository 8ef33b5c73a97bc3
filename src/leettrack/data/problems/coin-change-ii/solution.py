class Solution:
    def change(self, amount: int, coins: List[int]) -> int:
        # ways[total]: combinations of the coins seen so far that make total.
        ways = [1] + [0] * amount
        for coin in coins:  # coin by coin, so each combination is counted once
            for total in range(coin, amount + 1):
                ways[total] += ways[total - coin]
        return ways[amount]
