def collatz_steps(n: int) -> int:
    """Return the number of Collatz steps from n down to 1."""
    pass
