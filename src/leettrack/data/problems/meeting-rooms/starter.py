class Solution:
    def canAttendMeetings(self, intervals: List[List[int]]) -> bool:
        pass
