def lcs_length(a: str, b: str) -> int:
    """Return the length of the longest common subsequence of a and b."""
    # previous[j] is the LCS length of the processed prefix of a and b[:j].
    previous = [0] * (len(b) + 1)
    for char_a in a:
        current = [0] * (len(b) + 1)
        for j, char_b in enumerate(b, start=1):
            if char_a == char_b:
                current[j] = previous[j - 1] + 1
            else:
                current[j] = max(previous[j], current[j - 1])
        previous = current
    return previous[-1]
