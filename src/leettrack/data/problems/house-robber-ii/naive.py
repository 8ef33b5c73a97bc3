class Solution:
    def rob(self, nums: List[int]) -> int:
        def best(index: int, last: int) -> int:
            if index > last:
                return 0
            return max(best(index + 1, last), nums[index] + best(index + 2, last))

        if len(nums) == 1:
            return nums[0]
        return max(best(0, len(nums) - 2), best(1, len(nums) - 1))
