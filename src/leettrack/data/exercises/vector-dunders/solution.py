import math
from collections.abc import Iterator


class Vector:
    """An immutable vector of numbers."""

    def __init__(self, *components: float) -> None:
        if not components:
            raise ValueError("a vector needs at least one component")
        self._components = tuple(components)

    def __repr__(self) -> str:
        return f"Vector({', '.join(map(repr, self._components))})"

    def __len__(self) -> int:
        return len(self._components)

    def __getitem__(self, index: int) -> float:
        return self._components[index]

    def __iter__(self) -> Iterator[float]:
        return iter(self._components)

    def _same_length(self, other: "Vector") -> None:
        if len(self) != len(other):
            raise ValueError("vectors have different lengths")

    def __add__(self, other: object) -> "Vector":
        if not isinstance(other, Vector):
            return NotImplemented
        self._same_length(other)
        return Vector(*(a + b for a, b in zip(self, other, strict=True)))

    def __sub__(self, other: object) -> "Vector":
        if not isinstance(other, Vector):
            return NotImplemented
        self._same_length(other)
        return Vector(*(a - b for a, b in zip(self, other, strict=True)))

    def __mul__(self, factor: object) -> "Vector":
        if not isinstance(factor, int | float):
            return NotImplemented
        return Vector(*(a * factor for a in self))

    __rmul__ = __mul__

    def __matmul__(self, other: object) -> float:
        if not isinstance(other, Vector):
            return NotImplemented
        self._same_length(other)
        return sum(a * b for a, b in zip(self, other, strict=True))

    def __neg__(self) -> "Vector":
        return Vector(*(-a for a in self))

    def __abs__(self) -> float:
        return math.sqrt(self @ self)

    def __bool__(self) -> bool:
        return any(self._components)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Vector):
            return NotImplemented
        return self._components == other._components

    def __hash__(self) -> int:
        return hash(self._components)
