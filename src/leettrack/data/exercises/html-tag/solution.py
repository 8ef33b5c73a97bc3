def _attribute(key, value):
    """The text of one attribute: ' key="value"', ' key' for True, '' when left out."""
    key = key.removesuffix("_")
    if value is True:
        return f" {key}"
    if value is False or value is None:
        return ""
    return f' {key}="{value}"'


def tag(name, *children, **attributes):
    """Return the HTML text of a tag with its children and attributes."""
    opening = name + "".join(_attribute(key, value) for key, value in attributes.items())
    if not children:
        return f"<{opening} />"
    content = "".join(str(child) for child in children)
    return f"<{opening}>{content}</{name}>"


def link(url, text=None, **attributes):
    """Return an a tag to url, showing text (or the url itself)."""
    return tag("a", url if text is None else text, href=url, **attributes)
