def encode(text: str) -> str:
    """Return the run-length encoding of text, e.g. "aaabcc" -> "a3b1c2"."""
    if not text:
        return ""
    parts = []
    current, count = text[0], 0
    for char in text:
        if char == current:
            count += 1
        else:
            parts.append(f"{current}{count}")
            current, count = char, 1
    parts.append(f"{current}{count}")
    return "".join(parts)


def decode(encoded: str) -> str:
    """Reverse encode(), e.g. "a3b1c2" -> "aaabcc"."""
    parts = []
    char = ""
    digits = ""
    for symbol in encoded:
        if symbol.isdigit():
            digits += symbol
        else:
            if char:
                parts.append(char * int(digits))
            char, digits = symbol, ""
    if char:
        parts.append(char * int(digits))
    return "".join(parts)
