import heapq


def k_smallest(nums: list[int], k: int) -> list[int]:
    """Return the k smallest numbers in ascending order."""
    heap = list(set(nums))
    heapq.heapify(heap)
    return [heapq.heappop(heap) for _ in range(min(k, len(heap)))]


def kth_largest(nums: list[int], k: int) -> int:
    """Return the k-th largest number (k counts from 1)."""
    pass


def merge_k_sorted(lists: list[list[int]]) -> list[int]:
    """Merge ascending lists into one ascending list."""
    pass
