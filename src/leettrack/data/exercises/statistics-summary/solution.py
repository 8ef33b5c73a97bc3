import statistics


def summarize(numbers: list[float]) -> dict[str, float]:
    """Return the mean, median, mode and sample standard deviation of numbers."""
    return {
        "mean": statistics.mean(numbers),
        "median": statistics.median(numbers),
        "mode": statistics.mode(numbers),
        "stdev": statistics.stdev(numbers) if len(numbers) > 1 else 0.0,
    }
