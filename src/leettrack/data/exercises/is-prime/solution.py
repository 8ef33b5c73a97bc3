def is_prime(n: int) -> bool:
    """Return True if n is a prime number."""
    if n < 2:
        return False
    divisor = 2
    while divisor * divisor <= n:
        if n % divisor == 0:
            return False
        divisor += 1
    return True


def primes_up_to(limit: int) -> list[int]:
    """Return the primes p with p <= limit, ascending."""
    return [n for n in range(2, limit + 1) if is_prime(n)]
