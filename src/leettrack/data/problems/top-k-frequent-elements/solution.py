class Solution:
    def topKFrequent(self, nums: List[int], k: int) -> List[int]:
        counts = Counter(nums)
        buckets: list[list[int]] = [[] for _ in range(len(nums) + 1)]
        for value, count in counts.items():
            buckets[count].append(value)
        answer: list[int] = []
        for count in range(len(nums), 0, -1):
            answer.extend(buckets[count])
            if len(answer) >= k:
                break
        return answer[:k]
