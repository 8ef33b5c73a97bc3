class Solution:
    def kClosest(self, points: List[List[int]], k: int) -> List[List[int]]:
        remaining = list(points)
        closest = []
        for _ in range(k):
            best = 0
            for index in range(1, len(remaining)):
                x, y = remaining[index]
                bx, by = remaining[best]
                if x * x + y * y < bx * bx + by * by:
                    best = index
            closest.append(remaining.pop(best))
        return closest
