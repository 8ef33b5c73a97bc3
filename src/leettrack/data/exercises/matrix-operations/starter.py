def transpose(matrix: list[list[float]]) -> list[list[float]]:
    """Return the matrix with rows and columns swapped."""
    size = len(matrix)
    result = [row[:] for row in matrix]
    for i in range(size):
        for j in range(size):
            result[i][j] = matrix[j][i]
    return result


def rotate_clockwise(matrix: list[list[float]]) -> list[list[float]]:
    """Return the matrix turned a quarter turn to the right."""
    return [row[::-1] for row in transpose(matrix)]


def multiply(a: list[list[float]], b: list[list[float]]) -> list[list[float]]:
    """Return the matrix product of a and b."""
    pass
