def two_sum(nums: list[int], target: int) -> list[int] | None:
    """Return [i, j] with nums[i] + nums[j] == target, or None."""
    seen: dict[int, int] = {}
    for j, number in enumerate(nums):
        partner = target - number
        if partner in seen:
            return [seen[partner], j]
        seen.setdefault(number, j)
    return None
