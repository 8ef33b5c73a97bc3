import math


def circle_area(radius: float) -> float:
    """Return the area of a circle; raise ValueError for a negative radius."""
    if radius < 0:
        raise ValueError(f"a radius cannot be negative, got {radius}")
    return math.pi * radius**2


def distance(p: list[float], q: list[float]) -> float:
    """Return the straight-line distance between the points p and q."""
    return math.dist(p, q)


def paint_tins(area: float, coverage: float) -> int:
    """Return the whole number of tins that cover area; raise ValueError for bad sizes."""
    if area < 0 or coverage <= 0:
        raise ValueError("the area cannot be negative and a tin must cover something")
    return math.ceil(area / coverage)


def heading(x: float, y: float) -> float:
    """Return the direction of (x, y) from the origin in degrees, 0 up to 360."""
    if x == 0 and y == 0:
        raise ValueError("the origin has no direction")
    return math.degrees(math.atan2(y, x)) % 360
