def password_strength(password: str) -> str:
    """Return "weak", "medium" or "strong"."""
    kinds = [
        any(char.islower() for char in password),
        any(char.isupper() for char in password),
        any(char.isdigit() for char in password),
        any(not char.isalnum() for char in password),
    ]
    points = sum(kinds)
    if len(password) < 8 or points < 2:
        return "weak"
    if len(password) >= 12 and points == 4:
        return "strong"
    return "medium"
