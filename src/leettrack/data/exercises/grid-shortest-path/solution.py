from collections import deque


def find(grid: list[str], symbol: str) -> tuple[int, int]:
    """Return the (row, column) of symbol; raise ValueError if it is missing."""
    for row, line in enumerate(grid):
        col = line.find(symbol)
        if col != -1:
            return row, col
    raise ValueError(f"the grid has no {symbol!r}")


def shortest_path(grid: list[str]) -> int:
    """Return the fewest steps from S to E, or -1 if E is unreachable."""
    start, goal = find(grid, "S"), find(grid, "E")
    queue = deque([(start, 0)])
    visited = {start}
    while queue:
        (row, col), steps = queue.popleft()
        if (row, col) == goal:
            return steps
        for next_row, next_col in ((row - 1, col), (row + 1, col), (row, col - 1), (row, col + 1)):
            if (
                0 <= next_row < len(grid)
                and 0 <= next_col < len(grid[next_row])
                and grid[next_row][next_col] != "#"
                and (next_row, next_col) not in visited
            ):
                visited.add((next_row, next_col))
                queue.append(((next_row, next_col), steps + 1))
    return -1
