class Solution:
    def isInterleave(self, s1: str, s2: str, s3: str) -> bool:
        if len(s1) + len(s2) != len(s3):
            return False

        def fits(i: int, j: int) -> bool:
            if i + j == len(s3):
                return True
            if i < len(s1) and s1[i] == s3[i + j] and fits(i + 1, j):
                return True
            return j < len(s2) and s2[j] == s3[i + j] and fits(i, j + 1)

        return fits(0, 0)
