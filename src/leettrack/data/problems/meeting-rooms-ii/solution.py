class Solution:
    def minMeetingRooms(self, intervals: List[List[int]]) -> int:
        # A min-heap of the end times of the rooms in use, meetings taken by start time.
        ends: list[int] = []
        for start, end in sorted(intervals):
            if ends and ends[0] <= start:
                heapq.heapreplace(ends, end)
            else:
                heapq.heappush(ends, end)
        return len(ends)
