class Solution:
    def canPartition(self, nums: List[int]) -> bool:
        total = sum(nums)
        if total % 2:
            return False
        reachable = 1  # bit s is set when some subset of the numbers seen so far sums to s
        for number in nums:
            reachable |= reachable << number
        return bool(reachable >> (total // 2) & 1)
