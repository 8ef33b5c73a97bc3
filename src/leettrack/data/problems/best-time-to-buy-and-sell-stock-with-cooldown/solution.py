class Solution:
    def maxProfit(self, prices: List[int]) -> int:
        holding, resting, cooling = -math.inf, 0, 0  # best profit at the end of each day
        for price in prices:
            holding, resting, cooling = (
                max(holding, resting - price),
                max(resting, cooling),
                holding + price,
            )
        return max(resting, cooling)
