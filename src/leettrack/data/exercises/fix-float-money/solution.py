def to_cents(amount: str) -> int:
    """Turn a price such as "19.99" into whole cents (1999)."""
    # float("19.99") * 100 is 1998.9999999999998: round to the nearest cent, never truncate.
    return round(float(amount) * 100)


def split_bill(total_cents: int, people: int) -> list[int]:
    """Split total_cents into people shares that add up exactly, larger shares first."""
    if people < 1:
        raise ValueError("a bill is split between at least one person")
    base, extra = divmod(total_cents, people)
    return [base + 1] * extra + [base] * (people - extra)


def apply_discount(cents: int, percent: int) -> int:
    """Return the price after a percent discount, a half cent rounded up."""
    if not 0 <= percent <= 100:
        raise ValueError("percent must be between 0 and 100")
    # Whole numbers only: + 50 then // 100 rounds halves up without float error.
    return (cents * (100 - percent) + 50) // 100
