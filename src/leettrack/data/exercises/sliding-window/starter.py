def max_window_sum(nums: list[int], k: int) -> int:
    """Return the largest sum of k consecutive numbers."""
    best = 0
    for start in range(len(nums) - k):
        best = max(best, sum(nums[start : start + k]))
    return best


def longest_distinct_run(text: str) -> int:
    """Return the length of the longest run of text without a repeated character."""
    pass
