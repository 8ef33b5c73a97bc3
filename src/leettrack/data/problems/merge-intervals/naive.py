class Solution:
    def merge(self, intervals: List[List[int]]) -> List[List[int]]:
        # Each interval swallows every merged interval it overlaps.
        merged: list[list[int]] = []
        for start, end in intervals:
            kept = []
            for other in merged:
                if other[1] < start or end < other[0]:
                    kept.append(other)
                else:
                    start, end = min(start, other[0]), max(end, other[1])
            kept.append([start, end])
            merged = kept
        return merged
