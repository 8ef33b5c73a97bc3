from collections import deque


def moving_averages(values: list[float], window: int) -> list[float]:
    """Return the average of every run of window consecutive values."""
    if window < 1:
        raise ValueError(f"a window holds at least one value, got {window}")
    recent: deque[float] = deque(maxlen=window)
    total = 0.0
    averages = []
    for value in values:
        if len(recent) == window:
            total -= recent[0]
        recent.append(value)
        total += value
        if len(recent) == window:
            averages.append(total / window)
    return averages


def tail(lines: list[str], n: int) -> list[str]:
    """Return the last n lines."""
    if n < 0:
        raise ValueError(f"cannot keep a negative number of lines, got {n}")
    return list(deque(lines, maxlen=n))
