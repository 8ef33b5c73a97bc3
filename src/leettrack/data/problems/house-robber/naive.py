class Solution:
    def rob(self, nums: List[int]) -> int:
        def best(index: int) -> int:
            if index >= len(nums):
                return 0
            return max(best(index + 1), nums[index] + best(index + 2))

        return best(0)
