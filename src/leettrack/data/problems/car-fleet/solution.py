class Solution:
    def carFleet(self, target: int, position: List[int], speed: List[int]) -> int:
        fleets = 0
        slowest = 0.0  # arrival time of the fleet just ahead
        for start, pace in sorted(zip(position, speed), reverse=True):
            arrival = (target - start) / pace
            if arrival > slowest:  # cannot catch the fleet ahead: leads a new one
                fleets += 1
                slowest = arrival
        return fleets
