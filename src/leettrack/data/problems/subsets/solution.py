class Solution:
    def subsets(self, nums: List[int]) -> List[List[int]]:
        result: list[list[int]] = [[]]
        for number in nums:
            result += [subset + [number] for subset in result]
        return result
