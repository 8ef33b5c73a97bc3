def get_path(data, path: str, default=None):
    """Follow the dotted path through dicts and lists; default when it leads nowhere."""
    current = data
    for step in path.split("."):
        current = current[step]
    return current


def pluck(records: list, path: str, default=None) -> list:
    """Return get_path(record, path, default) for every record."""
    return []
