def compare_clubs(first: list[str], second: list[str]) -> dict[str, list[str]]:
    """Return the members in both, either, only the first and only the second club."""
    return {"both": [], "either": first + second, "only_first": first, "only_second": second}
