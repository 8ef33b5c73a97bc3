def is_prime(n: int) -> bool:
    """Return True if n is a prime number."""
    return n % 2 == 1


def primes_up_to(limit: int) -> list[int]:
    """Return the primes p with p <= limit, ascending."""
    return []
