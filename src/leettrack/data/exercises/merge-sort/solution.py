from typing import Any


def merge(left: list[Any], right: list[Any]) -> list[Any]:
    """Merge two sorted lists into a new sorted list."""
    merged: list[Any] = []
    i = j = 0
    while i < len(left) and j < len(right):
        if left[i] <= right[j]:
            merged.append(left[i])
            i += 1
        else:
            merged.append(right[j])
            j += 1
    return merged + left[i:] + right[j:]


def merge_sort(items: list[Any]) -> list[Any]:
    """Return a new list with the items in ascending order."""
    if len(items) <= 1:
        return list(items)
    middle = len(items) // 2
    return merge(merge_sort(items[:middle]), merge_sort(items[middle:]))
