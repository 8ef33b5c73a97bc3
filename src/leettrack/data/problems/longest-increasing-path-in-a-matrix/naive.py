class Solution:
    def longestIncreasingPath(self, matrix: List[List[int]]) -> int:
        # A fresh depth-first search from every cell, remembering nothing.
        rows, cols = len(matrix), len(matrix[0])

        def longest(r: int, c: int) -> int:
            best = 1
            for nr, nc in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
                if 0 <= nr < rows and 0 <= nc < cols and matrix[nr][nc] > matrix[r][c]:
                    best = max(best, longest(nr, nc) + 1)
            return best

        return max(longest(r, c) for r in range(rows) for c in range(cols))
