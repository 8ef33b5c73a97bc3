def average(numbers: list[float]) -> float:
    """Return the arithmetic mean of numbers."""
    if not numbers:
        raise ValueError("cannot average an empty list")
    total = 0.0
    for number in numbers:
        total += number
    return total / len(numbers)
