class Solution:
    def largestRectangleArea(self, heights: List[int]) -> int:
        best = 0
        rising: list[tuple[int, int]] = []  # (first position it spans, height), heights rising
        for position, height in enumerate(heights + [0]):
            start = position
            while rising and rising[-1][1] >= height:
                start, taller = rising.pop()
                best = max(best, taller * (position - start))
            rising.append((start, height))
        return best
