from collections import deque


def shortest_path(grid: list[str]) -> int:
    """Return the fewest steps from S to E, or -1 if E is unreachable."""
    pass
