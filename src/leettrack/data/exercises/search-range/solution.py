def insertion_point(nums: list[int], target: int) -> int:
    """Return the index of the first item >= target, or len(nums)."""
    lo, hi = 0, len(nums)
    while lo < hi:  # the answer lies in [lo, hi]
        mid = (lo + hi) // 2
        if nums[mid] < target:
            lo = mid + 1
        else:
            hi = mid
    return lo


def search_range(nums: list[int], target: int) -> list[int]:
    """Return [first, last] index of target, or [-1, -1]."""
    first = insertion_point(nums, target)
    if first == len(nums) or nums[first] != target:
        return [-1, -1]
    return [first, insertion_point(nums, target + 1) - 1]
