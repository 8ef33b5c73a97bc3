class Solution:
    def eraseOverlapIntervals(self, intervals: List[List[int]]) -> int:
        # The longest chain of intervals that follow one another, by dynamic programming.
        ordered = sorted(intervals, key=lambda interval: interval[1])
        chain = [1] * len(ordered)
        for i in range(len(ordered)):
            for j in range(i):
                if ordered[j][1] <= ordered[i][0] and chain[j] + 1 > chain[i]:
                    chain[i] = chain[j] + 1
        return len(ordered) - max(chain)
