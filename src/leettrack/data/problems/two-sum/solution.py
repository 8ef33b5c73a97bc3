class Solution:
    def twoSum(self, nums: List[int], target: int) -> List[int]:
        seen: dict[int, int] = {}
        for index, number in enumerate(nums):
            if target - number in seen:
                return [seen[target - number], index]
            seen[number] = index
        return []
