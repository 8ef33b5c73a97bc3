class Solution:
    def numIslands(self, grid: List[List[str]]) -> int:
        # Remembers the visited cells in a plain list: each membership test scans it.
        visited = []
        islands = 0
        for row in range(len(grid)):
            for col in range(len(grid[0])):
                if grid[row][col] != "1" or (row, col) in visited:
                    continue
                islands += 1
                visited.append((row, col))
                queue = [(row, col)]
                while queue:
                    r, c = queue.pop()
                    for nr, nc in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
                        if (
                            0 <= nr < len(grid)
                            and 0 <= nc < len(grid[0])
                            and grid[nr][nc] == "1"
                            and (nr, nc) not in visited
                        ):
                            visited.append((nr, nc))
                            queue.append((nr, nc))
        return islands
