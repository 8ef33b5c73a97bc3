def merge_intervals(intervals: list[list[int]]) -> list[list[int]]:
    """Merge overlapping or touching intervals; return them sorted by start."""
    merged: list[list[int]] = []
    for start, end in sorted(intervals):
        if start > end:
            raise ValueError(f"interval [{start}, {end}] ends before it starts")
        if merged and start <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    return merged


def free_slots(busy: list[list[int]], day_start: int, day_end: int) -> list[list[int]]:
    """Return the gaps in [day_start, day_end] not covered by busy intervals."""
    free = []
    cursor = day_start
    for start, end in merge_intervals(busy):
        start, end = max(start, day_start), min(end, day_end)
        if start > end:
            continue  # wholly outside the day
        if start > cursor:
            free.append([cursor, start])
        cursor = max(cursor, end)
    if cursor < day_end:
        free.append([cursor, day_end])
    return free
