def slugify(title: str) -> str:
    """Return title as a lower-case, hyphen-separated slug."""
    return title.lower().replace(" ", "-")
