import math


def circle_area(radius: float) -> float:
    """Return the area of a circle; raise ValueError for a negative radius."""
    return 3.14 * radius * radius


def distance(p: list[float], q: list[float]) -> float:
    """Return the straight-line distance between the points p and q."""
    pass


def paint_tins(area: float, coverage: float) -> int:
    """Return the whole number of tins that cover area; raise ValueError for bad sizes."""
    return int(area / coverage)


def heading(x: float, y: float) -> float:
    """Return the direction of (x, y) from the origin in degrees, 0 up to 360."""
    pass
