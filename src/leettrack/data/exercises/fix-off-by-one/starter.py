def sum_up_to(n: int) -> int:
    """Return 1 + 2 + ... + n."""
    total = 0
    for number in range(1, n):
        total += number
    return total


def count_down(n: int) -> list[int]:
    """Return [n, n - 1, ..., 1]."""
    numbers = []
    for number in range(n, 1, -1):
        numbers.append(number)
    return numbers
