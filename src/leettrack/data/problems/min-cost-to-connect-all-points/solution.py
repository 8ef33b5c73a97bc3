class Solution:
    def minCostConnectPoints(self, points: List[List[int]]) -> int:
        # Prim's algorithm on the complete graph, O(n^2): grow the tree one nearest point at a time.
        n = len(points)
        xs = [x for x, _ in points]
        ys = [y for _, y in points]
        distance = [float("inf")] * n  # cheapest edge from the tree to each point left
        left = list(range(n))
        total, current = 0, 0
        distance[0] = 0
        while left:
            left.remove(current)
            total += distance[current]
            cx, cy = xs[current], ys[current]
            nearest, best = -1, float("inf")
            for point in left:
                cost = abs(xs[point] - cx) + abs(ys[point] - cy)
                if cost < distance[point]:
                    distance[point] = cost
                if distance[point] < best:
                    nearest, best = point, distance[point]
            current = nearest
        return total
