class Solution:
    def minMeetingRooms(self, intervals: List[List[int]]) -> int:
        pass
