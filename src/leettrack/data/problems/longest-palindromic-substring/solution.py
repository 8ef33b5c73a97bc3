class Solution:
    def longestPalindrome(self, s: str) -> str:
        best_start, best_length = 0, 1
        for center in range(2 * len(s) - 1):  # centers on letters and between them
            left, right = center // 2, (center + 1) // 2
            while left >= 0 and right < len(s) and s[left] == s[right]:
                left -= 1
                right += 1
            if right - left - 1 > best_length:
                best_start, best_length = left + 1, right - left - 1
        return s[best_start : best_start + best_length]
