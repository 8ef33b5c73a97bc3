class Solution:
    def countSubstrings(self, s: str) -> int:
        pass
