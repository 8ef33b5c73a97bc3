def years_to_goal(balance: float, rate_percent: float, goal: float, deposit: float = 0) -> int:
    """Return the whole years until balance reaches goal with yearly interest and deposits."""
    years = 0
    # TODO: repeat this year's step while the balance is below the goal
    balance += balance * rate_percent / 100
    years += 1
    return years
