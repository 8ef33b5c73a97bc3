def average(numbers: list[float]) -> float:
    """Return the arithmetic mean of numbers."""
    total = 0
    for number in numbers:
        total += number
    return total // len(numbers)
