def headline(title: str) -> str:
    """Return the title capitalised the newspaper way."""
    return title.title()
