class Solution:
    def subsetsWithDup(self, nums: List[int]) -> List[List[int]]:
        result: list[list[int]] = [[]]
        for number, count in sorted(Counter(nums).items()):
            result += [
                subset + [number] * times
                for subset in result
                for times in range(1, count + 1)
            ]
        return result
