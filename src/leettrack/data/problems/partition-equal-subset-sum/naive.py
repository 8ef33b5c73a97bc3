class Solution:
    def canPartition(self, nums: List[int]) -> bool:
        total = sum(nums)
        if total % 2:
            return False

        def reach(index: int, remaining: int) -> bool:  # every subset, one number at a time
            if remaining == 0:
                return True
            if index == len(nums) or remaining < 0:
                return False
            return reach(index + 1, remaining - nums[index]) or reach(index + 1, remaining)

        return reach(0, total // 2)
