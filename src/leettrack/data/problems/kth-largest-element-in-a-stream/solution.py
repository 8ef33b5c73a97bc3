class KthLargest:
    def __init__(self, k: int, nums: List[int]):
        self.k = k
        self.top = heapq.nlargest(k, nums)
        heapq.heapify(self.top)  # a min-heap: its root is the kth largest

    def add(self, val: int) -> int:
        if len(self.top) < self.k:
            heapq.heappush(self.top, val)
        elif val > self.top[0]:
            heapq.heapreplace(self.top, val)
        return self.top[0]
