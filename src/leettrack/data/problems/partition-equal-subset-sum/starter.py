class Solution:
    def canPartition(self, nums: List[int]) -> bool:
        pass
