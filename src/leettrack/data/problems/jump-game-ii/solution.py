class Solution:
    def jump(self, nums: List[int]) -> int:
        jumps, reach_now, reach_next = 0, 0, 0
        for index in range(len(nums) - 1):
            reach_next = max(reach_next, index + nums[index])
            if index == reach_now:  # every position reachable with `jumps` jumps is seen
                jumps += 1
                reach_now = reach_next
        return jumps
