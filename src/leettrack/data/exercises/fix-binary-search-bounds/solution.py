def first_at_least(items: list[int], target: int) -> int:
    """Return the index of the first item >= target, or len(items)."""
    lo, hi = 0, len(items)  # the answer lies in [lo, hi], len(items) included
    while lo < hi:
        mid = (lo + hi) // 2
        if items[mid] < target:
            lo = mid + 1
        else:
            hi = mid
    return lo


def first_greater(items: list[int], target: int) -> int:
    """Return the index of the first item > target, or len(items)."""
    lo, hi = 0, len(items)
    while lo < hi:
        mid = (lo + hi) // 2
        if items[mid] <= target:
            lo = mid + 1
        else:
            hi = mid
    return lo


def count_between(items: list[int], low: int, high: int) -> int:
    """Return how many items x satisfy low <= x <= high."""
    if low > high:
        return 0
    return first_greater(items, high) - first_at_least(items, low)
