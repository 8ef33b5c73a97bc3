import heapq


def k_smallest(nums: list[int], k: int) -> list[int]:
    """Return the k smallest numbers in ascending order."""
    if k <= 0:
        return []
    heap = list(nums)
    heapq.heapify(heap)
    return [heapq.heappop(heap) for _ in range(min(k, len(heap)))]


def kth_largest(nums: list[int], k: int) -> int:
    """Return the k-th largest number (k counts from 1)."""
    if not 1 <= k <= len(nums):
        raise ValueError("k must be between 1 and the number of values")
    largest: list[int] = []
    for number in nums:
        heapq.heappush(largest, number)
        if len(largest) > k:
            heapq.heappop(largest)
    return largest[0]


def merge_k_sorted(lists: list[list[int]]) -> list[int]:
    """Merge ascending lists into one ascending list."""
    heap = [(values[0], index, 0) for index, values in enumerate(lists) if values]
    heapq.heapify(heap)
    merged = []
    while heap:
        value, index, position = heapq.heappop(heap)
        merged.append(value)
        if position + 1 < len(lists[index]):
            heapq.heappush(heap, (lists[index][position + 1], index, position + 1))
    return merged
