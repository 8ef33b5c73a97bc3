from collections.abc import Iterable, Iterator


def read_numbers(lines: Iterable[str]) -> Iterator[float]:
    """Yield the numbers in lines, skipping blank lines and # comments."""
    return (float(line) for line in lines if line.strip() and not line.startswith("#"))


def summary(lines: Iterable[str]) -> dict[str, float | None]:
    """Return the count, total, mean and max of the numbers in lines."""
    numbers = read_numbers(lines)
    count = sum(1 for _ in numbers)
    total = sum(numbers)
    return {
        "count": count,
        "total": total,
        "mean": total / count if count else None,
        "max": max(numbers, default=None),
    }


def scale_to_max(values: Iterable[float]) -> list[float]:
    """Divide every value by the largest one."""
    if not values:
        return []
    largest = max(values)
    return [value / largest for value in values]
