class Solution:
    def lengthOfLongestSubstring(self, s: str) -> int:
        last_seen: dict[str, int] = {}
        start = best = 0
        for index, char in enumerate(s):
            previous = last_seen.get(char, -1)
            if previous >= start:
                start = previous + 1  # the window only shrinks here, so best cannot grow
            elif index - start >= best:
                best = index - start + 1
            last_seen[char] = index
        return best
