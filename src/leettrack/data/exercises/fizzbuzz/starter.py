def fizzbuzz(n: int) -> list[str]:
    """Return the FizzBuzz strings for 1..n."""
    result: list[str] = []
    return result
