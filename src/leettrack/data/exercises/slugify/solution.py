def slugify(title: str) -> str:
    """Return title as a lower-case, hyphen-separated slug."""
    words: list[str] = []
    current = ""
    for char in title.lower():
        if char.isalnum():
            current += char
        elif current:
            words.append(current)
            current = ""
    if current:
        words.append(current)
    return "-".join(words)
