def range_sums(nums: list[int], queries: list[list[int]]) -> list[int]:
    """Answer each [i, j] query with nums[i] + ... + nums[j]."""
    return [sum(nums[i:j]) for i, j in queries]


def count_subarrays_with_sum(nums: list[int], target: int) -> int:
    """Count the non-empty runs of consecutive numbers that add up to target."""
    pass
