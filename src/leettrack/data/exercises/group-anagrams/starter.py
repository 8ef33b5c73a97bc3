def group_anagrams(words: list[str]) -> list[list[str]]:
    """Return the words grouped by anagram, each group sorted."""
    pass
