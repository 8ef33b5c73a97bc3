def get_path(data, path: str, default=None):
    """Follow the dotted path through dicts and lists; default when it leads nowhere."""
    if not path:
        return data
    current = data
    for step in path.split("."):
        if isinstance(current, dict) and step in current:
            current = current[step]
        elif isinstance(current, list) and step.isdecimal() and int(step) < len(current):
            current = current[int(step)]
        else:
            return default
    return current


def pluck(records: list, path: str, default=None) -> list:
    """Return get_path(record, path, default) for every record."""
    return [get_path(record, path, default) for record in records]
