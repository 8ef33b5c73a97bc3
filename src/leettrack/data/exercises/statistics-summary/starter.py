import statistics


def summarize(numbers: list[float]) -> dict[str, float]:
    """Return the mean, median, mode and sample standard deviation of numbers."""
    total = 0.0
    for number in numbers:
        total += number
    return {"mean": total / len(numbers)}
