class Solution:
    def maxCoins(self, nums: List[int]) -> int:
        pass
