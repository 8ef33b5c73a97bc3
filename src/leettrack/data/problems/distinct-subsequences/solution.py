class Solution:
    def numDistinct(self, s: str, t: str) -> int:
        # ways[j]: in how many ways the letters of s read so far spell t[:j]
        ways = [1] + [0] * len(t)
        for letter in s:
            for j in range(len(t) - 1, -1, -1):  # backwards: each letter of s is used once
                if t[j] == letter:
                    ways[j + 1] += ways[j]
        return ways[len(t)]
