class Solution:
    def leastInterval(self, tasks: List[str], n: int) -> int:
        counts = Counter(tasks).values()
        most = max(counts)
        tied = sum(1 for count in counts if count == most)
        # Rounds of n + 1 slots led by the most frequent tasks; or no idle slot at all.
        return max(len(tasks), (most - 1) * (n + 1) + tied)
