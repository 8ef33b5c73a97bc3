def remove_negatives(numbers: list[int]) -> list[int]:
    """Return a new list without the negative numbers."""
    return [number for number in numbers if number >= 0]


def drop_keys(settings: dict[str, int], prefix: str) -> dict[str, int]:
    """Return a new dict without the keys starting with prefix."""
    return {key: value for key, value in settings.items() if not key.startswith(prefix)}
