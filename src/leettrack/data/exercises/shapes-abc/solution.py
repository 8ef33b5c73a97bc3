import math
from abc import ABC, abstractmethod


class Shape(ABC):
    """A plane figure."""

    @abstractmethod
    def area(self) -> float: ...

    @abstractmethod
    def perimeter(self) -> float: ...

    def describe(self) -> str:
        return f"{type(self).__name__} with area {self.area():.2f}"


def _positive(*sizes: float) -> None:
    if any(size <= 0 for size in sizes):
        raise ValueError("sizes must be positive")


class Rectangle(Shape):
    def __init__(self, width: float, height: float) -> None:
        _positive(width, height)
        self.width = width
        self.height = height

    def area(self) -> float:
        return self.width * self.height

    def perimeter(self) -> float:
        return 2 * (self.width + self.height)


class Square(Rectangle):
    def __init__(self, side: float) -> None:
        super().__init__(side, side)
        self.side = side


class Circle(Shape):
    def __init__(self, radius: float) -> None:
        _positive(radius)
        self.radius = radius

    def area(self) -> float:
        return math.pi * self.radius**2

    def perimeter(self) -> float:
        return 2 * math.pi * self.radius


def total_area(shapes: list[Shape]) -> float:
    """Return the sum of the shapes' areas."""
    return sum(shape.area() for shape in shapes)


def largest(shapes: list[Shape]) -> Shape:
    """Return the shape with the greatest area (the first on a tie)."""
    if not shapes:
        raise ValueError("no shapes given")
    return max(shapes, key=lambda shape: shape.area())
