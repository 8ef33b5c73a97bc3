class Solution:
    def permute(self, nums: List[int]) -> List[List[int]]:
        result: list[list[int]] = []
        used = [False] * len(nums)
        current: list[int] = []

        def extend() -> None:
            if len(current) == len(nums):
                result.append(current[:])
                return
            for index, number in enumerate(nums):
                if not used[index]:
                    used[index] = True
                    current.append(number)
                    extend()
                    current.pop()
                    used[index] = False

        extend()
        return result
