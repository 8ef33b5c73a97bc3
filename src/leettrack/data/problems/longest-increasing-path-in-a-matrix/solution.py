class Solution:
    def longestIncreasingPath(self, matrix: List[List[int]]) -> int:
        rows, cols = len(matrix), len(matrix[0])
        # longest[r][c]: the longest increasing path starting at (r, c). Cells are handled from
        # the largest value down, so every larger neighbour is already done.
        longest = [[1] * cols for _ in range(rows)]
        cells = sorted(((matrix[r][c], r, c) for r in range(rows) for c in range(cols)), reverse=True)
        for value, r, c in cells:
            for nr, nc in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
                if 0 <= nr < rows and 0 <= nc < cols and matrix[nr][nc] > value:
                    longest[r][c] = max(longest[r][c], longest[nr][nc] + 1)
        return max(map(max, longest))
