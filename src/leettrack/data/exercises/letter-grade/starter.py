def letter_grade(score: float) -> str:
    """Return the letter grade (A-F) for a score between 0 and 100."""
    pass
