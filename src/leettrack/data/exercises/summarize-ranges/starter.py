from itertools import chain, groupby


def summarize_ranges(numbers: list[int]) -> str:
    """Return numbers as comma-separated ranges, e.g. [1, 2, 3, 5] -> "1-3,5"."""
    return ",".join(str(number) for number in numbers)


def expand_ranges(text: str) -> list[int]:
    """Reverse summarize_ranges(), e.g. "1-3,5" -> [1, 2, 3, 5]."""
    pass
