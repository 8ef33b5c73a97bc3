class Solution:
    def numDistinct(self, s: str, t: str) -> int:
        def count(i: int, j: int) -> int:  # every way, one at a time
            if j == len(t):
                return 1
            if len(s) - i < len(t) - j:
                return 0
            found = count(i + 1, j)
            if s[i] == t[j]:
                found += count(i + 1, j + 1)
            return found

        return count(0, 0)
