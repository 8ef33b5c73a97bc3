class Solution:
    def findTargetSumWays(self, nums: List[int], target: int) -> int:
        def count(index: int, value: int) -> int:  # every choice of signs
            if index == len(nums):
                return 1 if value == target else 0
            return count(index + 1, value + nums[index]) + count(index + 1, value - nums[index])

        return count(0, 0)
