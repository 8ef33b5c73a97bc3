class Solution:
    def minInterval(self, intervals: List[List[int]], queries: List[int]) -> List[int]:
        answers = []
        for query in queries:
            best = -1
            for left, right in intervals:
                if left <= query <= right and (best == -1 or right - left + 1 < best):
                    best = right - left + 1
            answers.append(best)
        return answers
