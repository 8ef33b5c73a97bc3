class Solution:
    def findTargetSumWays(self, nums: List[int], target: int) -> int:
        ways = Counter({0: 1})  # value -> number of sign choices so far that reach it
        for number in nums:
            following: Counter = Counter()
            for value, count in ways.items():
                following[value + number] += count
                following[value - number] += count
            ways = following
        return ways[target]
