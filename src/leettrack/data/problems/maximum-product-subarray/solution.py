class Solution:
    def maxProduct(self, nums: List[int]) -> int:
        best = high = low = nums[0]
        for number in nums[1:]:
            candidates = (number, high * number, low * number)
            high, low = max(candidates), min(candidates)
            best = max(best, high)
        return best
