"""Numbers as a learner reads them."""

from __future__ import annotations


def in_days(days: float) -> str:
    """`later today`, `tomorrow`, `in 3 days`, `in 2.5 months`, `in 1.2 years`."""
    if days < 1:
        return "later today"
    if days < 1.5:
        return "tomorrow"
    if days < 45:
        return f"in {round(days)} days"
    if days < 365:
        return f"in {days / 30.44:.1f} months"
    return f"in {days / 365.25:.1f} years"


def interval(days: float) -> str:
    """A short interval label for a rating button: `<1d`, `3d`, `2.5mo`, `1.2y`."""
    if days < 1:
        return "<1d"
    if days < 45:
        return f"{round(days)}d"
    if days < 365:
        return f"{days / 30.44:.1f}mo"
    return f"{days / 365.25:.1f}y"
