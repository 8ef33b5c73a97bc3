def merge_intervals(intervals: list[list[int]]) -> list[list[int]]:
    """Merge overlapping or touching intervals; return them sorted by start."""
    merged: list[list[int]] = []
    for start, end in intervals:
        if merged and start < merged[-1][1]:
            merged[-1][1] = end
        else:
            merged.append([start, end])
    return merged


def free_slots(busy: list[list[int]], day_start: int, day_end: int) -> list[list[int]]:
    """Return the gaps in [day_start, day_end] not covered by busy intervals."""
    pass
