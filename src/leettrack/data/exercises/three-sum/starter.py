def three_sum(nums: list[int], target: int = 0) -> list[list[int]]:
    """Return every distinct ascending triple from nums that adds up to target, sorted."""
    triples = []
    for i in range(len(nums)):
        for j in range(i + 1, len(nums)):
            for k in range(j + 1, len(nums)):
                if nums[i] + nums[j] + nums[k] == target:
                    triples.append([nums[i], nums[j], nums[k]])
    return triples
