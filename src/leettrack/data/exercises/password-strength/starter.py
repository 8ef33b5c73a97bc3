def password_strength(password: str) -> str:
    """Return "weak", "medium" or "strong"."""
    if len(password) < 8:
        return "weak"
    return "strong"
