class Solution:
    def rob(self, nums: List[int]) -> int:
        def rob_row(houses: List[int]) -> int:
            without_last, best = 0, 0
            for money in houses:
                without_last, best = best, max(best, without_last + money)
            return best

        if len(nums) == 1:
            return nums[0]
        # the first and the last house are neighbours: at most one of them is robbed
        return max(rob_row(nums[1:]), rob_row(nums[:-1]))
