def max_window_sum(nums: list[int], k: int) -> int:
    """Return the largest sum of k consecutive numbers."""
    if not 1 <= k <= len(nums):
        raise ValueError("k must be between 1 and the number of values")
    window = best = sum(nums[:k])
    for i in range(k, len(nums)):
        window += nums[i] - nums[i - k]
        best = max(best, window)
    return best


def longest_distinct_run(text: str) -> int:
    """Return the length of the longest run of text without a repeated character."""
    last_seen: dict[str, int] = {}
    start = best = 0
    for i, char in enumerate(text):
        if last_seen.get(char, -1) >= start:
            start = last_seen[char] + 1
        last_seen[char] = i
        best = max(best, i - start + 1)
    return best
