class Solution:
    def countBits(self, n: int) -> List[int]:
        pass
