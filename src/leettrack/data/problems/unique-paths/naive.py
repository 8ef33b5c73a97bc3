class Solution:
    def uniquePaths(self, m: int, n: int) -> int:
        # Walks every path, one at a time.
        def walk(row: int, col: int) -> int:
            if row == m - 1 or col == n - 1:
                return 1
            return walk(row + 1, col) + walk(row, col + 1)

        return walk(0, 0)
