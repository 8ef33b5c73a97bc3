class MedianFinder:
    """The smaller half in a max-heap (stored negated), the larger half in a min-heap; the
    smaller half holds the extra number when the count is odd."""

    def __init__(self):
        self.low: list[int] = []
        self.high: list[int] = []

    def addNum(self, num: int) -> None:
        heapq.heappush(self.low, -heapq.heappushpop(self.high, num))
        if len(self.low) > len(self.high) + 1:
            heapq.heappush(self.high, -heapq.heappop(self.low))

    def findMedian(self) -> float:
        if len(self.low) > len(self.high):
            return float(-self.low[0])
        return (self.high[0] - self.low[0]) / 2
