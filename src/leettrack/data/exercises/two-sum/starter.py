def two_sum(nums: list[int], target: int) -> list[int] | None:
    """Return [i, j] with nums[i] + nums[j] == target, or None."""
    pass
