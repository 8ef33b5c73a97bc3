def tag(name, *children, **attributes):
    """Return the HTML text of a tag with its children and attributes."""
    return f"<{name}>{children}</{name}>"


def link(url, text=None, **attributes):
    """Return an a tag to url, showing text (or the url itself)."""
    return tag("a", text)
