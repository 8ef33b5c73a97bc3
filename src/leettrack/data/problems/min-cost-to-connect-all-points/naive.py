class Solution:
    def minCostConnectPoints(self, points: List[List[int]]) -> int:
        # Prim's algorithm recomputing every tree-to-outside distance at each step: O(n^3).
        n = len(points)
        inside = [False] * n
        inside[0] = True
        total = 0
        for _ in range(n - 1):
            best, nearest = None, -1
            for a in range(n):
                if not inside[a]:
                    continue
                for b in range(n):
                    if inside[b]:
                        continue
                    cost = abs(points[a][0] - points[b][0]) + abs(points[a][1] - points[b][1])
                    if best is None or cost < best:
                        best, nearest = cost, b
            inside[nearest] = True
            total += best
        return total
