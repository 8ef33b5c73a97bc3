class Solution:
    def uniquePaths(self, m: int, n: int) -> int:
        # paths[col]: the number of ways to reach that cell of the current row
        paths = [1] * n
        for _ in range(1, m):
            for col in range(1, n):
                paths[col] += paths[col - 1]
        return paths[-1]
