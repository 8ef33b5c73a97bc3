class Solution:
    def orangesRotting(self, grid: List[List[int]]) -> int:
        rows, cols = len(grid), len(grid[0])
        fresh = sum(row.count(1) for row in grid)
        rotten = [(r, c) for r in range(rows) for c in range(cols) if grid[r][c] == 2]
        minutes = 0
        while rotten and fresh:
            following = []
            for r, c in rotten:
                for nr, nc in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
                    if 0 <= nr < rows and 0 <= nc < cols and grid[nr][nc] == 1:
                        grid[nr][nc] = 2
                        fresh -= 1
                        following.append((nr, nc))
            rotten = following
            minutes += 1
        return -1 if fresh else minutes
