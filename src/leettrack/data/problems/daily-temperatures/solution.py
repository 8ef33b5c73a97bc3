class Solution:
    def dailyTemperatures(self, temperatures: List[int]) -> List[int]:
        waits = [0] * len(temperatures)
        pending: list[int] = []  # days still waiting, their temperatures non-increasing
        for day, temperature in enumerate(temperatures):
            while pending and temperatures[pending[-1]] < temperature:
                earlier = pending.pop()
                waits[earlier] = day - earlier
            pending.append(day)
        return waits
