class Solution:
    def minWindow(self, s: str, t: str) -> str:
        need = Counter(t)
        missing = len(t)
        left = 0
        best = (0, 0)
        for right, char in enumerate(s, start=1):
            if need[char] > 0:
                missing -= 1
            need[char] -= 1
            if missing == 0:
                while need[s[left]] < 0:  # s[left] is a spare: drop it
                    need[s[left]] += 1
                    left += 1
                if best == (0, 0) or right - left < best[1] - best[0]:
                    best = (left, right)
                need[s[left]] += 1  # give up s[left] and look for the next window
                missing += 1
                left += 1
        return s[best[0] : best[1]]
