from collections import deque


def moving_averages(values: list[float], window: int) -> list[float]:
    """Return the average of every run of window consecutive values."""
    averages = []
    for start in range(len(values)):
        chunk = values[start : start + window]
        averages.append(sum(chunk) / len(chunk))
    return averages


def tail(lines: list[str], n: int) -> list[str]:
    """Return the last n lines."""
    return lines[-n:]
