SMALL_WORDS = set("a an and as at but by for in of on or the to".split())


def headline(title: str) -> str:
    """Return the title capitalised the newspaper way."""
    words = title.split()
    last = len(words) - 1
    result = []
    for index, word in enumerate(words):
        if 0 < index < last and word.lower() in SMALL_WORDS:
            result.append(word.lower())
        else:
            result.append(word.capitalize())
    return " ".join(result)
