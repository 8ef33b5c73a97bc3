def to_roman(number: int) -> str:
    """Return the Roman numeral for 1 <= number <= 3999."""
    pass


def from_roman(numeral: str) -> int:
    """Return the value of a canonical Roman numeral."""
    pass
