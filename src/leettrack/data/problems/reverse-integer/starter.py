class Solution:
    def reverse(self, x: int) -> int:
        pass
