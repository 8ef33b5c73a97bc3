class Solution:
    def dailyTemperatures(self, temperatures: List[int]) -> List[int]:
        pass
