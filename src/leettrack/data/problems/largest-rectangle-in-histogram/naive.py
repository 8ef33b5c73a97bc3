class Solution:
    def largestRectangleArea(self, heights: List[int]) -> int:
        best = 0
        for left in range(len(heights)):
            lowest = heights[left]
            for right in range(left, len(heights)):
                lowest = min(lowest, heights[right])
                best = max(best, lowest * (right - left + 1))
        return best
