def insertion_point(nums: list[int], target: int) -> int:
    """Return the index of the first item >= target, or len(nums)."""
    lo, hi = 0, len(nums) - 1
    while lo <= hi:
        mid = (lo + hi) // 2
        if nums[mid] == target:
            return mid
        if nums[mid] < target:
            lo = mid + 1
        else:
            hi = mid - 1
    return lo


def search_range(nums: list[int], target: int) -> list[int]:
    """Return [first, last] index of target, or [-1, -1]."""
    pass
