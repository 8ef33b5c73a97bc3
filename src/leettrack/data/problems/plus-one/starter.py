class Solution:
    def plusOne(self, digits: List[int]) -> List[int]:
        pass
