class Solution:
    def maxSubArray(self, nums: List[int]) -> int:
        best = current = nums[0]
        for number in nums[1:]:
            current = max(number, current + number)
            best = max(best, current)
        return best
