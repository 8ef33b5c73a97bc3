class Solution:
    def canCompleteCircuit(self, gas: List[int], cost: List[int]) -> int:
        if sum(gas) < sum(cost):
            return -1
        # Enough gas in all: the start is just after the last station where the tank ran dry.
        start, tank = 0, 0
        for station, (fill, spend) in enumerate(zip(gas, cost)):
            tank += fill - spend
            if tank < 0:
                start, tank = station + 1, 0
        return start
