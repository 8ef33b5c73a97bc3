class Solution:
    def maxCoins(self, nums: List[int]) -> int:
        values = [1] + nums + [1]
        n = len(values)
        # best[left][right]: the most coins from bursting every balloon strictly between left
        # and right, which both stay. Try each balloon as the LAST one burst in between.
        best = [[0] * n for _ in range(n)]
        for width in range(2, n):
            for left in range(n - width):
                right = left + width
                edges = values[left] * values[right]
                best[left][right] = max(
                    best[left][last] + best[last][right] + edges * values[last]
                    for last in range(left + 1, right)
                )
        return best[0][n - 1]
