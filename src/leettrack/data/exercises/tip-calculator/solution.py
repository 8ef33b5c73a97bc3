def split_bill(total: float, tip_percent: float, people: int) -> float:
    """Return each person's share of total plus the tip, rounded to cents."""
    if total < 0 or tip_percent < 0:
        raise ValueError("the total and the tip cannot be negative")
    if people < 1:
        raise ValueError(f"at least one person pays, got {people}")
    return round(total * (1 + tip_percent / 100) / people, 2)
