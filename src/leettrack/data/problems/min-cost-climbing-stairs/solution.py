class Solution:
    def minCostClimbingStairs(self, cost: List[int]) -> int:
        # Cheapest way to stand on the two steps just below the current one.
        two_below, one_below = 0, 0
        for step in range(2, len(cost) + 1):
            two_below, one_below = one_below, min(
                one_below + cost[step - 1], two_below + cost[step - 2]
            )
        return one_below
