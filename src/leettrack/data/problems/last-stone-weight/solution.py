class Solution:
    def lastStoneWeight(self, stones: List[int]) -> int:
        heap = [-stone for stone in stones]  # a max-heap through negated weights
        heapq.heapify(heap)
        while len(heap) > 1:
            heaviest, second = -heapq.heappop(heap), -heapq.heappop(heap)
            if heaviest > second:
                heapq.heappush(heap, second - heaviest)
        return -heap[0] if heap else 0
