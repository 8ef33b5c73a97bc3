class Solution:
    def isInterleave(self, s1: str, s2: str, s3: str) -> bool:
        pass
