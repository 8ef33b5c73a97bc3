def compare_clubs(first: list[str], second: list[str]) -> dict[str, list[str]]:
    """Return the members in both, either, only the first and only the second club."""
    a, b = set(first), set(second)
    return {
        "both": sorted(a & b),
        "either": sorted(a | b),
        "only_first": sorted(a - b),
        "only_second": sorted(b - a),
    }
