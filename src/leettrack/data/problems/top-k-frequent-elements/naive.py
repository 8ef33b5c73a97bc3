class Solution:
    def topKFrequent(self, nums: List[int], k: int) -> List[int]:
        counted = []
        for value in set(nums):
            count = 0
            for number in nums:
                if number == value:
                    count += 1
            counted.append((count, value))
        counted.sort(reverse=True)
        return [value for _, value in counted[:k]]
