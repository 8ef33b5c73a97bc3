def flatten(nested: list) -> list:
    """Return the non-list values of nested, read from left to right."""
    result = []
    for item in nested:
        if isinstance(item, list):
            result.extend(flatten(item))
        else:
            result.append(item)
    return result


def depth(nested: list) -> int:
    """Return how deeply lists are nested in nested (a flat list has depth 1)."""
    return 1 + max((depth(item) for item in nested if isinstance(item, list)), default=0)
