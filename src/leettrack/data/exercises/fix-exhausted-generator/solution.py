from collections.abc import Iterable, Iterator


def read_numbers(lines: Iterable[str]) -> Iterator[float]:
    """Yield the numbers in lines, skipping blank lines and # comments."""
    for line in lines:
        text = line.strip()
        if text and not text.startswith("#"):
            yield float(text)


def summary(lines: Iterable[str]) -> dict[str, float | None]:
    """Return the count, total, mean and max of the numbers in lines."""
    numbers = list(read_numbers(lines))  # a generator can be walked only once
    count = len(numbers)
    total = sum(numbers)
    return {
        "count": count,
        "total": total,
        "mean": total / count if count else None,
        "max": max(numbers, default=None),
    }


def scale_to_max(values: Iterable[float]) -> list[float]:
    """Divide every value by the largest one."""
    values = list(values)
    if not values:
        return []
    largest = max(values)
    return [value / largest for value in values]
