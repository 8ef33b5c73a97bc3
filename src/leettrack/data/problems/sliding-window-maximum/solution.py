class Solution:
    def maxSlidingWindow(self, nums: List[int], k: int) -> List[int]:
        window: deque[int] = deque()  # indices whose numbers decrease from front to back
        maxima = []
        for index, number in enumerate(nums):
            while window and nums[window[-1]] <= number:
                window.pop()
            window.append(index)
            if window[0] <= index - k:
                window.popleft()
            if index >= k - 1:
                maxima.append(nums[window[0]])
        return maxima
