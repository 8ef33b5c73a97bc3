class Solution:
    def coinChange(self, coins: List[int], amount: int) -> int:
        unreachable = amount + 1
        fewest = [0] + [unreachable] * amount  # fewest[total]: coins needed to pay total
        for coin in coins:
            for total in range(coin, amount + 1):
                if fewest[total - coin] + 1 < fewest[total]:
                    fewest[total] = fewest[total - coin] + 1
        return fewest[amount] if fewest[amount] != unreachable else -1
