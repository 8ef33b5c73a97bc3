def add_tag(tag: str, tags: list[str] | None = None) -> list[str]:
    """Append tag to tags (a new list by default) and return the list."""
    if tags is None:
        tags = []
    tags.append(tag)
    return tags


def new_player(name: str, inventory: list[str] | None = None) -> dict[str, object]:
    """Return a new player record with an inventory (empty by default)."""
    return {"name": name, "inventory": [] if inventory is None else inventory}
