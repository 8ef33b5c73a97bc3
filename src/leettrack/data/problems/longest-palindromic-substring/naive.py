class Solution:
    def longestPalindrome(self, s: str) -> str:
        best = s[0]
        for start in range(len(s)):
            for end in range(start + len(best) + 1, len(s) + 1):
                piece = s[start:end]
                if all(piece[i] == piece[-1 - i] for i in range(len(piece) // 2)):
                    best = piece
        return best
