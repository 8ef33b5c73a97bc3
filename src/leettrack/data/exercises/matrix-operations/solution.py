Matrix = list[list[float]]


def _check(matrix: Matrix) -> None:
    if not matrix or not matrix[0] or any(len(row) != len(matrix[0]) for row in matrix):
        raise ValueError("a matrix needs one or more rows of the same, non-zero length")


def _dot(row: list[float], column: list[float]) -> float:
    return sum(x * y for x, y in zip(row, column, strict=True))


def transpose(matrix: Matrix) -> Matrix:
    """Return the matrix with rows and columns swapped."""
    _check(matrix)
    return [list(column) for column in zip(*matrix, strict=True)]


def rotate_clockwise(matrix: Matrix) -> Matrix:
    """Return the matrix turned a quarter turn to the right."""
    return [row[::-1] for row in transpose(matrix)]


def multiply(a: Matrix, b: Matrix) -> Matrix:
    """Return the matrix product of a and b."""
    _check(a)
    _check(b)
    if len(a[0]) != len(b):
        raise ValueError(f"{len(a[0])} columns do not fit {len(b)} rows")
    columns = transpose(b)
    return [[_dot(row, column) for column in columns] for row in a]
