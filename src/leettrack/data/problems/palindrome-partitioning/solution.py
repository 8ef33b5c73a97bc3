class Solution:
    def partition(self, s: str) -> List[List[str]]:
        n = len(s)
        # palindrome[i][j]: s[i:j + 1] reads the same both ways.
        palindrome = [[False] * n for _ in range(n)]
        for i in range(n - 1, -1, -1):
            for j in range(i, n):
                palindrome[i][j] = s[i] == s[j] and (j - i < 2 or palindrome[i + 1][j - 1])
        found: list[list[str]] = []
        pieces: list[str] = []

        def cut(start: int) -> None:
            if start == n:
                found.append(pieces.copy())
                return
            for end in range(start, n):
                if palindrome[start][end]:
                    pieces.append(s[start : end + 1])
                    cut(end + 1)
                    pieces.pop()

        cut(0)
        return found
