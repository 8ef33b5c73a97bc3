def factorial(n: int) -> int:
    """Return n! (1 for 0); raise ValueError for a negative n."""
    pass


def gcd(a: int, b: int) -> int:
    """Return the greatest common divisor of a and b, never negative."""
    pass


def lcm(a: int, b: int) -> int:
    """Return the least common multiple of a and b, never negative (0 if either is 0)."""
    pass


def mean(numbers: list[float]) -> float:
    """Return the arithmetic mean; raise ValueError for an empty list."""
    pass


def is_even(n: int) -> bool:
    """Return True when n is even."""
    return n % 2 == 0
