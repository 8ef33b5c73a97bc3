class Solution:
    def jump(self, nums: List[int]) -> int:
        fewest = [0] + [math.inf] * (len(nums) - 1)
        for target in range(1, len(nums)):
            for start in range(target):
                if start + nums[start] >= target:
                    fewest[target] = min(fewest[target], fewest[start] + 1)
        return fewest[-1]
