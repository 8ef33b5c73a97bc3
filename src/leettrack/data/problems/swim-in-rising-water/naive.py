class Solution:
    def swimInWater(self, grid: List[List[int]]) -> int:
        n = len(grid)
        time = 0
        while True:  # try every time in turn with a fresh search
            if grid[0][0] <= time:
                seen = {(0, 0)}
                stack = [(0, 0)]
                while stack:
                    r, c = stack.pop()
                    for nr, nc in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
                        if 0 <= nr < n and 0 <= nc < n and (nr, nc) not in seen:
                            if grid[nr][nc] <= time:
                                seen.add((nr, nc))
                                stack.append((nr, nc))
                if (n - 1, n - 1) in seen:
                    return time
            time += 1
