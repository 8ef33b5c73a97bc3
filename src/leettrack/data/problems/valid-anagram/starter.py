class Solution:
    def isAnagram(self, s: str, t: str) -> bool:
        pass
