class Solution:
    def isHappy(self, n: int) -> bool:
        pass
