from itertools import pairwise


def is_sorted(items: list[int]) -> bool:
    """Return True if items are in non-decreasing order."""
    return all(first < second for first, second in pairwise(items))


def in_range(value: float, low: float, high: float) -> bool:
    """Return True if low <= value <= high."""
    return low < value < high
