def is_balanced(text: str) -> bool:
    """Return True if the brackets in text are balanced."""
    return text.count("(") == text.count(")")
