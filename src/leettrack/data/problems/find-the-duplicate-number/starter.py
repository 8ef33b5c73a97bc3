class Solution:
    def findDuplicate(self, nums: List[int]) -> int:
        pass
