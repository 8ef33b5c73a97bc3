class Solution:
    def characterReplacement(self, s: str, k: int) -> int:
        counts: dict[str, int] = defaultdict(int)
        start = most = 0
        for end, char in enumerate(s):
            counts[char] += 1
            most = max(most, counts[char])
            # The window never shrinks: it only slides while it cannot beat the best one.
            if end - start + 1 - most > k:
                counts[s[start]] -= 1
                start += 1
        return len(s) - start
