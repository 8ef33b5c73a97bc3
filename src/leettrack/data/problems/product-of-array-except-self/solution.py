class Solution:
    def productExceptSelf(self, nums: List[int]) -> List[int]:
        answer = [1] * len(nums)
        before = 1
        for i, number in enumerate(nums):
            answer[i] = before
            before *= number
        after = 1
        for i in range(len(nums) - 1, -1, -1):
            answer[i] *= after
            after *= nums[i]
        return answer
