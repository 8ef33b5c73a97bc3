def bounding_box(points: list[list[float]]) -> tuple[float, float, float, float]:
    """Return (min_x, min_y, max_x, max_y) of the points; ValueError when there are none."""
    xs, ys = zip(*points)
    return min(xs), min(ys), max(xs), max(ys)


def split_name(full_name: str) -> tuple[str, list[str], str]:
    """Return the first name, the middle names and the last name."""
    first, *middle, last = full_name.split()
    return first, middle, last


def swap_pairs(pairs: list[list]) -> list[tuple]:
    """Return each pair [a, b] as (b, a)."""
    return [(b, a) for a, b in pairs]
