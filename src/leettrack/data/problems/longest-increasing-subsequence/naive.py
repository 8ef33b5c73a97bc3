class Solution:
    def lengthOfLIS(self, nums: List[int]) -> int:
        def longest(index: int, last: float) -> int:
            if index == len(nums):
                return 0
            skip = longest(index + 1, last)
            if nums[index] > last:
                return max(skip, 1 + longest(index + 1, nums[index]))
            return skip

        return longest(0, float("-inf"))
