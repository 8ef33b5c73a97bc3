from itertools import chain, groupby


def summarize_ranges(numbers: list[int]) -> str:
    """Return numbers as comma-separated ranges, e.g. [1, 2, 3, 5] -> "1-3,5"."""
    ordered = sorted(set(numbers))
    parts = []
    for _, group in groupby(enumerate(ordered), key=lambda pair: pair[1] - pair[0]):
        run = [number for _, number in group]
        parts.append(str(run[0]) if len(run) == 1 else f"{run[0]}-{run[-1]}")
    return ",".join(parts)


def expand_ranges(text: str) -> list[int]:
    """Reverse summarize_ranges(), e.g. "1-3,5" -> [1, 2, 3, 5]."""
    if not text:
        return []

    def expand(part: str) -> range:
        first, _, last = part.partition("-")
        return range(int(first), int(last or first) + 1)

    return sorted(chain.from_iterable(expand(part) for part in text.split(",")))
