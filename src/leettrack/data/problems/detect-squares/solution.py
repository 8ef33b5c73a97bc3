class DetectSquares:
    def __init__(self):
        self.points: Counter = Counter()  # (x, y) -> how many times it was added
        self.columns: dict[int, Counter] = defaultdict(Counter)  # x -> Counter of the y's

    def add(self, point: List[int]) -> None:
        x, y = point
        self.points[(x, y)] += 1
        self.columns[x][y] += 1

    def count(self, point: List[int]) -> int:
        x, y = point
        total = 0
        for other_y, times in self.columns[x].items():  # the corner above or below the query
            side = other_y - y
            if side == 0:
                continue
            for other_x in (x - side, x + side):  # the square on either side of that edge
                total += times * self.points[(other_x, y)] * self.points[(other_x, other_y)]
        return total
