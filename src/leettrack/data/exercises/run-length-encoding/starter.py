def encode(text: str) -> str:
    """Return the run-length encoding of text, e.g. "aaabcc" -> "a3b1c2"."""
    pass


def decode(encoded: str) -> str:
    """Reverse encode(), e.g. "a3b1c2" -> "aaabcc"."""
    pass
