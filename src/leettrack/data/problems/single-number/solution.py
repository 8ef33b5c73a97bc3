class Solution:
    def singleNumber(self, nums: List[int]) -> int:
        single = 0
        for number in nums:
            single ^= number  # pairs cancel out: a ^ a == 0
        return single
