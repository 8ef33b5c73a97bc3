import math


class Shape:
    """A plane figure."""

    def area(self) -> float:
        raise NotImplementedError

    def perimeter(self) -> float:
        raise NotImplementedError

    def describe(self) -> str:
        return f"Shape with area {self.area():.2f}"


class Rectangle(Shape):
    def __init__(self, width: float, height: float) -> None:
        self.width = width
        self.height = height


class Square(Rectangle):
    pass


class Circle(Shape):
    def __init__(self, radius: float) -> None:
        self.radius = radius


def total_area(shapes: list[Shape]) -> float:
    """Return the sum of the shapes' areas."""
    pass


def largest(shapes: list[Shape]) -> Shape:
    """Return the shape with the greatest area (the first on a tie)."""
    pass
