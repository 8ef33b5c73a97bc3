def edit_distance(a: str, b: str) -> int:
    """Return the fewest inserts, deletes and replacements turning a into b."""
    differences = sum(1 for x, y in zip(a, b) if x != y)
    return differences + abs(len(a) - len(b))


def closest_word(word: str, candidates: list[str]) -> str:
    """Return the candidate closest to word (the first one on a tie)."""
    return min(candidates, key=lambda candidate: edit_distance(word, candidate))
