from typing import Any


def merge_sort(items: list[Any]) -> list[Any]:
    """Return a new list with the items in ascending order."""
    pass
