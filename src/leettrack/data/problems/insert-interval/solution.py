class Solution:
    def insert(self, intervals: List[List[int]], newInterval: List[int]) -> List[List[int]]:
        start, end = newInterval
        before = [interval for interval in intervals if interval[1] < start]
        after = [interval for interval in intervals if interval[0] > end]
        overlapping = intervals[len(before) : len(intervals) - len(after)]
        if overlapping:
            start = min(start, overlapping[0][0])
            end = max(end, overlapping[-1][1])
        return before + [[start, end]] + after
