class Solution:
    def dailyTemperatures(self, temperatures: List[int]) -> List[int]:
        waits = [0] * len(temperatures)
        for day in range(len(temperatures)):
            for later in range(day + 1, len(temperatures)):
                if temperatures[later] > temperatures[day]:
                    waits[day] = later - day
                    break
        return waits
