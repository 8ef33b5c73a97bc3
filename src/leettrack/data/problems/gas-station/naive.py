class Solution:
    def canCompleteCircuit(self, gas: List[int], cost: List[int]) -> int:
        # Drives the whole circle from every start in turn: O(n^2).
        n = len(gas)
        for start in range(n):
            tank = 0
            for step in range(n):
                station = (start + step) % n
                tank += gas[station] - cost[station]
                if tank < 0:
                    break
            else:
                return start
        return -1
