class Solution:
    def isInterleave(self, s1: str, s2: str, s3: str) -> bool:
        if len(s1) + len(s2) != len(s3):
            return False
        # reachable[j]: s1[:i] and s2[:j] can interleave into s3[:i + j], for the current i
        reachable = [True] * (len(s2) + 1)
        for j in range(1, len(s2) + 1):
            reachable[j] = reachable[j - 1] and s2[j - 1] == s3[j - 1]
        for i in range(1, len(s1) + 1):
            reachable[0] = reachable[0] and s1[i - 1] == s3[i - 1]
            for j in range(1, len(s2) + 1):
                reachable[j] = (reachable[j] and s1[i - 1] == s3[i + j - 1]) or (
                    reachable[j - 1] and s2[j - 1] == s3[i + j - 1]
                )
        return reachable[-1]
