import itertools


def range_sums(nums: list[int], queries: list[list[int]]) -> list[int]:
    """Answer each [i, j] query with nums[i] + ... + nums[j]."""
    prefix = [0, *itertools.accumulate(nums)]
    answers = []
    for i, j in queries:
        if not 0 <= i <= j < len(nums):
            raise IndexError(f"query [{i}, {j}] is outside the list")
        answers.append(prefix[j + 1] - prefix[i])
    return answers


def count_subarrays_with_sum(nums: list[int], target: int) -> int:
    """Count the non-empty runs of consecutive numbers that add up to target."""
    seen = {0: 1}  # how often each prefix sum has occurred, the empty prefix included
    total = count = 0
    for number in nums:
        total += number
        count += seen.get(total - target, 0)
        seen[total] = seen.get(total, 0) + 1
    return count
