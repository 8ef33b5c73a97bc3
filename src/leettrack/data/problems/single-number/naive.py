class Solution:
    def singleNumber(self, nums: List[int]) -> int:
        for i, number in enumerate(nums):
            partnered = False
            for j, other in enumerate(nums):
                if i != j and other == number:
                    partnered = True
                    break
            if not partnered:
                return number
        return 0
