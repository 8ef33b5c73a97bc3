def three_sum(nums: list[int], target: int = 0) -> list[list[int]]:
    """Return every distinct ascending triple from nums that adds up to target, sorted."""
    values = sorted(nums)
    triples = []
    for i in range(len(values) - 2):
        if i > 0 and values[i] == values[i - 1]:
            continue  # the same first value gives the same triples
        left, right = i + 1, len(values) - 1
        while left < right:
            total = values[i] + values[left] + values[right]
            if total < target:
                left += 1
            elif total > target:
                right -= 1
            else:
                triples.append([values[i], values[left], values[right]])
                while left < right and values[left] == triples[-1][1]:
                    left += 1
                while left < right and values[right] == triples[-1][2]:
                    right -= 1
    return triples
