from itertools import accumulate, combinations, islice, product


def pairings(names: list[str]) -> list[list[str]]:
    """Return every pair of two different players, each once."""
    return [list(pair) for pair in combinations(names, 2)]


def running_totals(numbers: list[float]) -> list[float]:
    """Return the total so far after each number."""
    return list(accumulate(numbers))


def chunks(items: list, size: int) -> list[list]:
    """Return items cut into lists of size items; the last may be shorter."""
    if size < 1:
        raise ValueError(f"a chunk holds at least one item, got {size}")
    iterator = iter(items)
    result = []
    while chunk := list(islice(iterator, size)):
        result.append(chunk)
    return result


def menus(*courses: list[str]) -> list[str]:
    """Return every menu with one dish from each course, joined by ' + '."""
    return [" + ".join(menu) for menu in product(*courses)]
