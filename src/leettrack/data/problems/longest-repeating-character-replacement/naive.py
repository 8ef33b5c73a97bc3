class Solution:
    def characterReplacement(self, s: str, k: int) -> int:
        best = 0
        for start in range(len(s)):
            counts: dict[str, int] = {}
            most = 0
            for end in range(start, len(s)):
                counts[s[end]] = counts.get(s[end], 0) + 1
                most = max(most, counts[s[end]])
                if end - start + 1 - most > k:
                    break
                best = max(best, end - start + 1)
        return best
