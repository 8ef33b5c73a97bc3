class DetectSquares:
    def __init__(self):
        self.points = []

    def add(self, point: List[int]) -> None:
        self.points.append(list(point))

    def count(self, point: List[int]) -> int:
        x, y = point
        total = 0
        for px, py in self.points:  # every stored point as the opposite corner
            if px != x and abs(px - x) == abs(py - y):
                total += self.points.count([px, y]) * self.points.count([x, py])
        return total
