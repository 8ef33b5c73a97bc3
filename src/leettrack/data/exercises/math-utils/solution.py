def factorial(n: int) -> int:
    """Return n! (1 for 0); raise ValueError for a negative n."""
    if n < 0:
        raise ValueError(f"factorial is not defined for negative numbers, got {n}")
    result = 1
    for factor in range(2, n + 1):
        result *= factor
    return result


def gcd(a: int, b: int) -> int:
    """Return the greatest common divisor of a and b, never negative."""
    a, b = abs(a), abs(b)
    while b:
        a, b = b, a % b
    return a


def lcm(a: int, b: int) -> int:
    """Return the least common multiple of a and b, never negative (0 if either is 0)."""
    if a == 0 or b == 0:
        return 0
    return abs(a * b) // gcd(a, b)


def mean(numbers: list[float]) -> float:
    """Return the arithmetic mean; raise ValueError for an empty list."""
    if not numbers:
        raise ValueError("cannot take the mean of an empty list")
    return sum(numbers) / len(numbers)


def is_even(n: int) -> bool:
    """Return True when n is even."""
    return n % 2 == 0
