class Solution:
    def canJump(self, nums: List[int]) -> bool:
        # Marks every index each reachable index can jump to, one by one.
        last = len(nums) - 1
        reachable = [False] * len(nums)
        reachable[0] = True
        for index in range(len(nums)):
            if not reachable[index]:
                return False
            for target in range(index + 1, min(last, index + nums[index]) + 1):
                reachable[target] = True
        return reachable[last]
