def add_tag(tag: str, tags: list[str] = []) -> list[str]:
    """Append tag to tags (a new list by default) and return the list."""
    tags.append(tag)
    return tags


def new_player(name: str, inventory: list[str] = []) -> dict[str, object]:
    """Return a new player record with an inventory (empty by default)."""
    return {"name": name, "inventory": inventory}
