class Solution:
    def maxProfit(self, prices: List[int]) -> int:
        n = len(prices)
        best = [0] * (n + 1)  # best[i]: the best profit from the first i days, no share held
        for day in range(1, n + 1):
            best[day] = best[day - 1]
            for buy in range(day - 1):
                before = best[buy - 1] if buy >= 1 else 0  # the day before buy is a cooldown
                best[day] = max(best[day], before + prices[day - 1] - prices[buy])
        return best[n]
