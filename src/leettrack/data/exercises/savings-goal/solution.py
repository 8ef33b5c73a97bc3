def years_to_goal(balance: float, rate_percent: float, goal: float, deposit: float = 0) -> int:
    """Return the whole years until balance reaches goal with yearly interest and deposits."""
    if balance < 0 or rate_percent < 0 or deposit < 0:
        raise ValueError("the balance, the rate and the deposit cannot be negative")
    grows = deposit > 0 or (rate_percent > 0 and balance > 0)
    if balance < goal and not grows:
        raise ValueError("the balance never grows, so the goal is never reached")
    years = 0
    while balance < goal:
        balance += balance * rate_percent / 100
        balance += deposit
        years += 1
    return years
