def make_grid(rows: int, cols: int, fill: object = 0) -> list[list[object]]:
    """Return a rows x cols grid filled with fill."""
    return [[fill] * cols] * rows


def set_cell(grid: list[list[object]], row: int, col: int, value: object) -> list[list[object]]:
    """Set one cell and return the grid."""
    grid[row][col] = value
    return grid


def copy_grid(grid: list[list[object]]) -> list[list[object]]:
    """Return an independent copy of grid."""
    return grid[:]
