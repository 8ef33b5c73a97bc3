class Solution:
    def minCostClimbingStairs(self, cost: List[int]) -> int:
        # Tries both moves from every step without remembering anything: exponential.
        def cheapest(step: int) -> int:
            if step >= len(cost):
                return 0
            return cost[step] + min(cheapest(step + 1), cheapest(step + 2))

        return min(cheapest(0), cheapest(1))
