def remove_negatives(numbers: list[int]) -> list[int]:
    """Return a new list without the negative numbers."""
    for number in numbers:
        if number < 0:
            numbers.remove(number)
    return numbers


def drop_keys(settings: dict[str, int], prefix: str) -> dict[str, int]:
    """Return a new dict without the keys starting with prefix."""
    for key in settings:
        if key.startswith(prefix):
            del settings[key]
    return settings
