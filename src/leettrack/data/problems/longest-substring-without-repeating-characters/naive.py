class Solution:
    def lengthOfLongestSubstring(self, s: str) -> int:
        best = 0
        for start in range(len(s)):
            seen = set()
            for char in s[start:]:
                if char in seen:
                    break
                seen.add(char)
            best = max(best, len(seen))
        return best
