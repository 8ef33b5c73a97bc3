def merge_sorted(left: list[int], right: list[int]) -> list[int]:
    """Return the sorted merge of two sorted lists."""
    return left + right
