class Vector:
    """An immutable vector of numbers."""

    def __init__(self, *components: float) -> None:
        self.components = list(components)

    def __repr__(self) -> str:
        return f"Vector({self.components})"

    def __add__(self, other: "Vector") -> "Vector":
        return Vector(*(a + b for a, b in zip(self.components, other.components)))
