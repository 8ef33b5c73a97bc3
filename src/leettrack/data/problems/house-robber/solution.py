class Solution:
    def rob(self, nums: List[int]) -> int:
        # best totals over the houses so far: skipping the last one / free to take it
        without_last, best = 0, 0
        for money in nums:
            without_last, best = best, max(best, without_last + money)
        return best
