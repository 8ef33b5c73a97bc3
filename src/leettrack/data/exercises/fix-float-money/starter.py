def to_cents(amount: str) -> int:
    """Turn a price such as "19.99" into whole cents (1999)."""
    return int(float(amount) * 100)


def split_bill(total_cents: int, people: int) -> list[int]:
    """Split total_cents into people shares that add up exactly, larger shares first."""
    share = total_cents / people
    return [round(share)] * people


def apply_discount(cents: int, percent: int) -> int:
    """Return the price after a percent discount, a half cent rounded up."""
    return round(cents * (1 - percent / 100))
