class Solution:
    def eraseOverlapIntervals(self, intervals: List[List[int]]) -> int:
        # Keep greedily the interval that ends first among those that fit.
        kept, last_end = 0, -math.inf
        for start, end in sorted(intervals, key=lambda interval: interval[1]):
            if start >= last_end:
                kept, last_end = kept + 1, end
        return len(intervals) - kept
