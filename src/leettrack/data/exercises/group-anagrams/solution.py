def group_anagrams(words: list[str]) -> list[list[str]]:
    """Return the words grouped by anagram, each group sorted."""
    groups: dict[str, list[str]] = {}
    for word in words:
        key = "".join(sorted(word))
        groups.setdefault(key, []).append(word)
    return [sorted(group) for group in groups.values()]
