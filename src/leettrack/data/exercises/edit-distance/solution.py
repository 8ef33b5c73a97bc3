def edit_distance(a: str, b: str) -> int:
    """Return the fewest inserts, deletes and replacements turning a into b."""
    previous = list(range(len(b) + 1))  # distances from the empty prefix of a
    for i, char_a in enumerate(a, start=1):
        current = [i]
        for j, char_b in enumerate(b, start=1):
            if char_a == char_b:
                current.append(previous[j - 1])
            else:
                current.append(1 + min(previous[j], current[j - 1], previous[j - 1]))
        previous = current
    return previous[-1]


def closest_word(word: str, candidates: list[str]) -> str:
    """Return the candidate closest to word (the first one on a tie)."""
    if not candidates:
        raise ValueError("no candidates given")
    return min(candidates, key=lambda candidate: edit_distance(word, candidate))
