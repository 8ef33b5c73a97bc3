def permutations(items: list) -> list[list]:
    """Return every ordering of items (distinct values)."""
    if not items:
        return [[]]
    result = []
    for i, first in enumerate(items):
        for rest in permutations(items[:i] + items[i + 1 :]):
            result.append([first, *rest])
    return result


def power_set(items: list) -> list[list]:
    """Return every subset of items, each keeping the items' order."""
    if not items:
        return [[]]
    smaller = power_set(items[:-1])
    return smaller + [[*subset, items[-1]] for subset in smaller]
