class Solution:
    def findKthLargest(self, nums: List[int], k: int) -> int:
        remaining = list(nums)
        for _ in range(k - 1):
            best = 0
            for index in range(1, len(remaining)):
                if remaining[index] > remaining[best]:
                    best = index
            remaining.pop(best)
        return max(remaining)
