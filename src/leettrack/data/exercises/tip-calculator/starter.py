def split_bill(total: float, tip_percent: float, people: int) -> float:
    """Return each person's share of total plus the tip, rounded to cents."""
    return total / people
