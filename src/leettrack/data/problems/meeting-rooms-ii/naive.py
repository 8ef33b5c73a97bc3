class Solution:
    def minMeetingRooms(self, intervals: List[List[int]]) -> int:
        # The most meetings going on at once, counted at the start of each meeting.
        most = 0
        for moment, _ in intervals:
            going_on = 0
            for start, end in intervals:
                if start <= moment < end:
                    going_on += 1
            most = max(most, going_on)
        return most
