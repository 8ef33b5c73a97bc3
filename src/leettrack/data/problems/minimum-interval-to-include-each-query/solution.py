class Solution:
    def minInterval(self, intervals: List[List[int]], queries: List[int]) -> List[int]:
        intervals = sorted(intervals)
        answers = [-1] * len(queries)
        open_ones: list[tuple[int, int]] = []  # (size, right end) of intervals started so far
        start = 0
        for index in sorted(range(len(queries)), key=queries.__getitem__):
            query = queries[index]
            while start < len(intervals) and intervals[start][0] <= query:
                left, right = intervals[start]
                heapq.heappush(open_ones, (right - left + 1, right))
                start += 1
            while open_ones and open_ones[0][1] < query:
                heapq.heappop(open_ones)  # ended before this query: before every later one too
            if open_ones:
                answers[index] = open_ones[0][0]
        return answers
